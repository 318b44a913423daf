package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Category;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;

class Open311ServicesTest {
  static final BotConfig CONFIG = Open311RequestsTest.CONFIG;

  final Open311Services services = new Open311Services(CONFIG.categories(), CONFIG.messages());

  @Test
  void everyCategoryIsAServiceNamedInTheLanguageAsked() {
    Open311Document.Listing listing = (Open311Document.Listing) services.list(Messages.ENGLISH);
    Category food = CONFIG.categories().get("HELP_FOOD");

    assertThat(listing.entries()).hasSize(CONFIG.categories().all().size());
    assertThat(listing.entries())
        .anySatisfy(
            service ->
                assertThat(service)
                    .containsEntry("service_code", "HELP_FOOD")
                    .containsEntry("service_name", food.nameEn())
                    .containsEntry("description", food.descriptionEn())
                    .containsEntry("metadata", true)
                    .containsEntry("type", "realtime")
                    .containsEntry("group", "Help request")
                    .containsEntry(
                        "keywords",
                        String.join(
                            ",",
                            food.phrases().stream()
                                .map(Category.WeightedPhrase::phrase)
                                .toList())));
  }

  @Test
  void helpRequestsRequireAPhoneAndAskForAnAddressAndReportsForNothing() {
    Open311Document.Single help =
        (Open311Document.Single)
            services.definition("HELP_FOOD", Messages.VIETNAMESE).orElseThrow();
    Open311Document.Single report =
        (Open311Document.Single)
            services.definition("SPONTANEOUS_MARKET", Messages.VIETNAMESE).orElseThrow();

    List<Map<?, ?>> attributes =
        ((Open311Document.Items) help.fields().get("attributes"))
            .values().stream().<Map<?, ?>>map(a -> (Map<?, ?>) a).toList();
    assertThat(attributes.stream().map(a -> a.get("code")).toList())
        .isEqualTo(List.of("phone", "address"));
    assertThat(attributes.getFirst())
        .satisfies(
            phone -> {
              assertThat(phone.get("datatype")).isEqualTo("string");
              assertThat(phone.get("required")).isEqualTo(true);
              assertThat(phone.get("datatype_description"))
                  .as("says what to send, not the bot's buttons")
                  .isEqualTo(CONFIG.messages().text(Messages.VIETNAMESE, "open311.attribute.phone"))
                  .asString()
                  .doesNotContain("bấm nút", "bỏ qua");
            });
    assertThat(attributes.getLast().get("required")).isEqualTo(false);
    assertThat(((Open311Document.Items) report.fields().get("attributes")).values()).isEmpty();
  }

  @Test
  void anUnknownServiceHasNoDefinition() {
    assertThat(services.definition("NO_SUCH", Messages.VIETNAMESE)).isEmpty();
  }
}
