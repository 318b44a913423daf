package vn.hotline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hotline.demo.DemoCast;
import vn.hotline.demo.DemoChats;
import vn.hotline.demo.DemoHtml;
import vn.hotline.demo.DemoKey;
import vn.hotline.demo.DemoMedia;
import vn.hotline.demo.DemoMessage;
import vn.hotline.demo.DemoPerson;

/** Makes the panes of the demo page from the demo's chats, in the viewer's language. */
final class DemoPanes {
  private static final List<String> GROUP_KEYS = List.of("commune", "district");

  private final DemoChats chats;
  private final DemoCast cast;

  DemoPanes(DemoChats chats, DemoCast cast) {
    this.chats = chats;
    this.cast = cast;
  }

  /** The citizen's chat, then the groups; {@code acting} names who acts in a group, by chat. */
  List<DemoPane> panes(PageText text, Map<Long, Long> acting) {
    List<DemoPane> panes = new ArrayList<>();
    DemoPerson citizen = cast.citizen();
    panes.add(
        pane(
            "citizen",
            citizen.id(),
            text.t("demo.citizen.title", citizen.name()),
            text.t("demo.citizen.hint"),
            List.of(citizen),
            false,
            text));
    for (int i = 0; i < cast.groups().size() && i < GROUP_KEYS.size(); i++) {
      DemoCast.DemoGroup group = cast.groups().get(i);
      long first = acting.getOrDefault(group.chatId(), 0L);
      List<DemoPerson> officers =
          group.officers().stream()
              .sorted(Comparator.comparing((DemoPerson p) -> p.id() != first))
              .toList();
      panes.add(
          pane(
              GROUP_KEYS.get(i),
              group.chatId(),
              group.title(),
              text.t("demo." + GROUP_KEYS.get(i) + ".hint"),
              officers,
              true,
              text));
    }
    return panes;
  }

  private DemoPane pane(
      String key,
      long chatId,
      String title,
      String hint,
      List<DemoPerson> players,
      boolean group,
      PageText text) {
    List<DemoPane.Line> lines = chats.messages(chatId).stream().map(m -> line(m, text)).toList();
    List<List<String>> keys =
        chats.replyKeyboard(chatId).stream()
            .map(
                row ->
                    row.stream()
                        .filter(k -> !k.requestsLocation() && !k.requestsContact())
                        .map(DemoKey::text)
                        .toList())
            .filter(row -> !row.isEmpty())
            .toList();
    return new DemoPane(key, chatId, title, hint, players, group, lines, keys);
  }

  private static DemoPane.Line line(DemoMessage m, PageText text) {
    String media =
        switch (m.media()) {
          case DemoMedia.None none -> "";
          case DemoMedia.Photo photo -> text.t("demo.photo");
          case DemoMedia.Document document -> text.t("demo.document", document.fileName());
          case DemoMedia.Location at ->
              text.t(
                  "demo.location",
                  String.format(Locale.ROOT, "%.5f", at.latitude()),
                  String.format(Locale.ROOT, "%.5f", at.longitude()));
        };
    String photoUrl =
        m.media() instanceof DemoMedia.Photo photo
            ? "/demo/files/" + URLEncoder.encode(photo.fileId(), StandardCharsets.UTF_8)
            : "";
    return new DemoPane.Line(
        m.id(),
        m.fromBot() ? text.t("demo.bot") : m.from().name(),
        m.fromBot(),
        DemoHtml.safe(m.html()),
        media,
        photoUrl,
        m.edited(),
        m.buttons());
  }
}
