package vn.hotline.roster;

/** What a person on the roster may do, and over how much of the unit tree. */
public enum Role {
  /** A member of a Command Centre: works the tickets of the units they belong to. */
  OFFICER,
  /** The head of a unit's Command Centre: works its tickets and hands them to its members. */
  LEADER,
  /** A district or province supervisor: works and hands out tickets anywhere below their units. */
  SUPERVISOR
}
