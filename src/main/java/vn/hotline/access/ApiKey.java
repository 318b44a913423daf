package vn.hotline.access;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Who may call the HTTP API with one key, as {@code api-keys.yml} describes them. The key itself is
 * never kept: only its SHA-256.
 *
 * @param name who the key was given to, for the administrator and the logs
 * @param sha256 the SHA-256 of the key, 64 lower-case hex digits
 * @param units the codes of the units whose data the key may read, each with everything below it
 * @param scopes what the key may do
 */
public record ApiKey(String name, String sha256, List<UnitCode> units, Set<Scope> scopes) {
  public ApiKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    units = List.copyOf(units);
    scopes = Set.copyOf(scopes);
  }

  public boolean allows(Scope scope) {
    return scopes.contains(scope);
  }

  /** Whether the key may read {@code unit}: one of its units or a unit below one. */
  public boolean covers(Unit unit, UnitTree tree) {
    return units.stream()
        .map(tree::find)
        .flatMap(java.util.Optional::stream)
        .anyMatch(own -> tree.isWithin(unit, own));
  }

  // The hash identifies the key; keep it out of logs and error messages all the same.
  @Override
  public String toString() {
    return "ApiKey[" + name + ", units=" + units + ", scopes=" + scopes + "]";
  }
}
