package vn.hotline.category;

/** How soon a ticket must be handled; also the order of the queue (urgent first). */
public enum Priority {
  URGENT,
  HIGH,
  NORMAL
}
