package vn.hotline.cli;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.hotline.access.ApiKeys;
import vn.hotline.access.Scope;

/**
 * {@code api-key --name NAME --units CODE[,CODE] --scopes SCOPE[,SCOPE]}: makes a new API key.
 * Prints the key on the first line (it is shown once and stored nowhere) and then the entry to
 * append to {@code api-keys.yml}, which holds only its hash.
 */
@Command(
    name = "api-key",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    separator = " ",
    sortOptions = false,
    sortSynopsis = false,
    description = {
      "Makes a new API key for the HTTP API.",
      "Prints the key (shown once, stored nowhere), then the entry to append to api-keys.yml,"
          + " which holds only its hash."
    })
final class ApiKeyCommand implements Callable<Integer> {
  static final String USAGE =
      "usage: api-key --name NAME --units CODE[,CODE...] --scopes SCOPE[,SCOPE...]"
          + " (scopes: stats, tickets, open311)";
  private static final int KEY_BYTES = 32;

  private final Console console;

  @Option(names = "--name", paramLabel = "NAME", description = "who the key is given to")
  private Optional<String> name;

  @Option(
      names = "--units",
      paramLabel = "CODE[,CODE...]",
      description = "the units it may read, each with everything below it")
  private Optional<String> units;

  @Option(
      names = "--scopes",
      paramLabel = "SCOPE[,SCOPE...]",
      description = "what it may read: stats, tickets, open311")
  private Optional<String> scopes;

  ApiKeyCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    return run(
        name.map(String::strip),
        list(units),
        list(scopes),
        console.out(),
        console.err(),
        console.clock());
  }

  private static int run(
      Optional<String> name,
      List<String> units,
      List<String> scopeNames,
      PrintStream out,
      PrintStream err,
      Clock clock) {
    if (name.isEmpty() || name.get().isEmpty() || name.get().contains("\n")) {
      return usage(err, "--name is missing");
    }
    if (units.isEmpty()) {
      return usage(err, "--units is missing");
    }
    if (scopeNames.isEmpty()) {
      return usage(err, "--scopes is missing");
    }
    Set<Scope> scopes = new LinkedHashSet<>();
    for (String scopeName : scopeNames) {
      Optional<Scope> scope = Scope.parse(scopeName);
      if (scope.isEmpty()) {
        return usage(err, "unknown scope " + scopeName);
      }
      scopes.add(scope.get());
    }
    String key = newKey(new SecureRandom());
    out.println(key);
    out.print(entry(name.get(), ApiKeys.sha256Hex(key), units, scopes, clock.instant()));
    return 0;
  }

  static String newKey(SecureRandom random) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** One entry of the {@code keys:} list, indented to follow the ones already there. */
  static String entry(
      String name, String sha256, List<String> units, Set<Scope> scopes, Instant created) {
    return "  # created "
        + created.truncatedTo(ChronoUnit.SECONDS)
        + " by api-key\n"
        + "  - name: "
        + quoted(name)
        + "\n    sha256: \""
        + sha256
        + "\"\n    units: ["
        + units.stream().map(ApiKeyCommand::quoted).collect(Collectors.joining(", "))
        + "]\n    scopes: ["
        + scopes.stream().map(Scope::id).collect(Collectors.joining(", "))
        + "]\n";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<String> list(Optional<String> value) {
    List<String> items = new ArrayList<>();
    for (String item : value.orElse("").split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("api-key: " + problem);
    err.println(USAGE);
    return UsageError.STATUS;
  }
}
