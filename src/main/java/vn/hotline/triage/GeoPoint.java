package vn.hotline.triage;

/**
 * A point on the earth as Telegram shares it.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record GeoPoint(double latitude, double longitude) {}
