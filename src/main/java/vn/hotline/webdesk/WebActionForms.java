package vn.hotline.webdesk;

import java.util.Map;
import java.util.Optional;
import vn.hotline.desk.WebRequest;

/**
 * Reads an action's form into the desk's request: which action the address names, and the fields it
 * needs. Nothing is checked here but the form's shape; the desk checks the rest as it does for a
 * typed command.
 */
final class WebActionForms {
  private WebActionForms() {}

  /** The request, or empty when the address names no action. */
  static Optional<WebRequest> of(
      String code, String action, Map<String, String> form, WebRequest.Proof photo) {
    return Optional.ofNullable(
        switch (action) {
          case "acknowledge" -> new WebRequest.Acknowledge(code);
          case "update" -> new WebRequest.Update(code, field(form, "note"), photo);
          case "resolve" -> new WebRequest.Resolve(code, field(form, "note"), photo);
          case "transfer" -> new WebRequest.Transfer(code, field(form, "unit"));
          case "duplicate" -> new WebRequest.Duplicate(code, field(form, "original"));
          case "reject" ->
              new WebRequest.Reject(code, listed(field(form, "reason")), field(form, "reasonText"));
          case "assign" -> new WebRequest.Assign(code, field(form, "officer"));
          default -> null;
        });
  }

  private static String field(Map<String, String> form, String name) {
    String value = form.get(name);
    return value == null ? "" : value.strip();
  }

  private static int listed(String reason) {
    return reason.matches("[1-9]") ? Integer.parseInt(reason) : 0;
  }
}
