package vn.hotline.web;

import java.util.function.Function;

/** One field of an API answer: its name in JSON, in a CSV header and in a sheet, and its value. */
record Column<T>(String name, Function<T, Object> value) {}
