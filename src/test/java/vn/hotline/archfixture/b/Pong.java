package vn.hotline.archfixture.b;

import vn.hotline.archfixture.a.Ping;

/** The other half of the deliberate package cycle: it depends back on {@link Ping}. */
public record Pong(Ping cause) {}
