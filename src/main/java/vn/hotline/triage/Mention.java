package vn.hotline.triage;

import java.util.List;
import vn.hotline.unit.Unit;

/**
 * A name found in a report.
 *
 * @param candidates the units it may mean
 * @param origin whether it names where someone came from ("từ Tân Khai về")
 */
record Mention(List<Unit> candidates, boolean origin) {}
