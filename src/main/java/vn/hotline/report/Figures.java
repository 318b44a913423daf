package vn.hotline.report;

/**
 * The figures of a set of tickets, as supervisors read them. Every figure is defined once, in
 * {@link FigureDefinitions}; percentages and percentiles with nothing to count are {@code null}.
 * Times are in seconds, measured from filing: what the citizen waited.
 */
public record Figures(
    long received,
    long acknowledged,
    long resolved,
    long closed,
    long rejected,
    long duplicates,
    long openNow,
    long overdueNow,
    long ackWithinSla,
    Double ackWithinSlaPct,
    long resolvedWithinSla,
    Double resolvedWithinSlaPct,
    Long ackMedianSeconds,
    Long ackP90Seconds,
    Long resolveMedianSeconds,
    Long resolveP90Seconds,
    long escalated,
    long reopened,
    long confirmed,
    long notSolved) {}
