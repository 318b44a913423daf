package vn.hotline.webdesk;

/**
 * A yes-or-no filter of the queue page (overdue, assigned to me), with the number of tickets it
 * leaves when ticked, written for the viewer.
 */
public record QueueCheck(String parameter, String label, String count, boolean checked) {}
