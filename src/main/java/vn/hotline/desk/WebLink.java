package vn.hotline.desk;

import vn.hotline.roster.Officer;
import vn.hotline.signin.PublicUrl;
import vn.hotline.signin.SignInLink;
import vn.hotline.signin.SignIns;

/**
 * {@code /web}: a one-time link that signs an officer in to the web desk. Only in their private
 * chat: a link said in a group could be opened by anyone in it before them.
 */
final class WebLink {
  private final SignIns signIns;
  private final PublicUrl publicUrl;

  WebLink(SignIns signIns, PublicUrl publicUrl) {
    this.signIns = signIns;
    this.publicUrl = publicUrl;
  }

  void send(Asking a, Officer officer) {
    if (!a.sender.privateChat()) {
      a.tell("desk.web.privateOnly");
      return;
    }
    SignInLink link = signIns.issueLink(officer.id());
    a.tell(
        "desk.web.link", publicUrl.link("/signin/" + link.token()), SignIns.LINK_LIFE.toMinutes());
  }
}
