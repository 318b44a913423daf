package vn.hotline.archfixture.a;

import vn.hotline.archfixture.b.Pong;

/** Half of a deliberate package cycle, which the architecture test's cycle rule must report. */
public record Ping(Pong answer) {}
