package vn.hotline.report;

/** Answers supervisors' questions about response times and outcomes. */
public interface Statistics {

  /** The figures asked for, computed as of now. */
  StatsResult stats(StatsQuery query);
}
