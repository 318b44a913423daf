package vn.hotline.webdesk;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.PageText;

/** Puts a page of the queue into the viewer's words: its lines, its filters and their counts. */
final class QueueScreen {
  private final UnitTree units;
  private final Categories categories;
  private final QueueRows rows;

  QueueScreen(UnitTree units, Categories categories, QueueRows rows) {
    this.units = units;
    this.categories = categories;
    this.rows = rows;
  }

  QueuePage page(
      Officer viewer,
      QueueScope scope,
      QueueQuery query,
      QueueSelection.Result result,
      long changes,
      PageText text,
      Instant now) {
    List<QueueChoice> choices = new ArrayList<>();
    choices.add(
        choice(
            QueueFacet.STATE, text, query, result, openStates(), s -> text.t("queue.state." + s)));
    choices.add(
        choice(
            QueueFacet.CATEGORY,
            text,
            query,
            result,
            categories.all().stream().map(Category::code).toList(),
            c -> rows.categoryName(c, text.locale())));
    choices.add(
        choice(
            QueueFacet.URGENCY,
            text,
            query,
            result,
            Arrays.stream(Priority.values()).map(Priority::name).toList(),
            p -> text.t("priority." + p)));
    List<Unit> communes = placesIn(scope, UnitLevel.COMMUNE);
    if (communes.size() > 1) {
      choices.add(places(QueueFacet.COMMUNE, communes, text, query, result));
    }
    List<Unit> villages = placesIn(scope, UnitLevel.VILLAGE);
    if (!villages.isEmpty()) {
      choices.add(places(QueueFacet.VILLAGE, villages, text, query, result));
    }
    List<QueueCheck> checks =
        List.of(
            check(QueueFacet.OVERDUE, text, query, result),
            check(QueueFacet.MINE, text, query, result));
    return new QueuePage(
        text.t("queue.scope", viewer.name(), unitNames(viewer)),
        summary(result, text),
        choices,
        checks,
        query.text(),
        query.narrowed(),
        result.rows().stream().map(t -> rows.row(t, text, now)).toList(),
        result.page() > 1 ? query.link(result.page() - 1) : "",
        result.hasNext() ? query.link(result.page() + 1) : "",
        changes);
  }

  private static List<String> openStates() {
    return Arrays.stream(TicketState.values()).filter(TicketState::isOpen).map(Enum::name).toList();
  }

  private static QueueChoice choice(
      QueueFacet facet,
      PageText text,
      QueueQuery query,
      QueueSelection.Result result,
      List<String> values,
      Function<String, String> label) {
    return new QueueChoice(
        facet.parameter(),
        text.t("queue.filter." + facet.parameter()),
        number(result.all(facet), text),
        values.stream()
            .map(
                v ->
                    new QueueChoice.Option(
                        v,
                        label.apply(v),
                        number(result.count(facet, v), text),
                        query.isSelected(facet, v)))
            .toList());
  }

  // Places are offered only where tickets are, or when chosen: a province has hundreds.
  private QueueChoice places(
      QueueFacet facet,
      List<Unit> places,
      PageText text,
      QueueQuery query,
      QueueSelection.Result result) {
    List<String> offered =
        places.stream()
            .map(u -> u.code().value())
            .filter(code -> result.count(facet, code) > 0 || query.isSelected(facet, code))
            .toList();
    return choice(
        facet, text, query, result, offered, code -> units.describe(units.get(new UnitCode(code))));
  }

  private List<Unit> placesIn(QueueScope scope, UnitLevel level) {
    Set<UnitCode> covered = scope.unitCodes();
    return units.all().stream()
        .filter(u -> u.level() == level)
        .filter(u -> covered.contains(u.code()) || u.parent().filter(covered::contains).isPresent())
        .toList();
  }

  private static QueueCheck check(
      QueueFacet facet, PageText text, QueueQuery query, QueueSelection.Result result) {
    return new QueueCheck(
        facet.parameter(),
        text.t("queue.filter." + facet.parameter()),
        number(result.count(facet, QueueFacet.YES), text),
        query.isSelected(facet, QueueFacet.YES));
  }

  private static String number(int count, PageText text) {
    return NumberFormat.getIntegerInstance(text.locale()).format(count);
  }

  private String unitNames(Officer viewer) {
    return viewer.units().stream()
        .map(code -> units.find(code).map(Unit::fullName).orElse(code.value()))
        .collect(Collectors.joining(", "));
  }

  private static String summary(QueueSelection.Result result, PageText text) {
    if (result.total() == 0) {
      return text.t(result.inScope() == 0 ? "queue.summary.empty" : "queue.summary.none");
    }
    return text.t("queue.summary.shown", result.firstShown(), result.lastShown(), result.total());
  }
}
