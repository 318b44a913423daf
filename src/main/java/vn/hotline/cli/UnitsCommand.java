package vn.hotline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.hotline.config.BotConfig;
import vn.hotline.config.ConfigException;
import vn.hotline.unit.Unit;

/**
 * {@code units --province CODE [--no-districts] [--register FILE] [--out FILE]}: prints a {@code
 * units.yml} for a province from the national register, so that nobody types a hundred communes by
 * hand; with {@code --out}, writes it to a file instead, only when it succeeds.
 */
@Command(
    name = "units",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    separator = " ",
    sortOptions = false,
    sortSynopsis = false,
    description = {
      "Prints a units.yml for a province from the national register.",
      "The register is as of 2025-03-01 and shipped in the jar.",
      "Exits 1 when the province is not in the register or the file cannot be written."
    })
final class UnitsCommand implements Callable<Integer> {
  static final String USAGE =
      "usage: units --province CODE [--no-districts] [--register FILE] [--out FILE]";

  private final Console console;

  @Option(names = "--province", paramLabel = "CODE", description = "the province's code")
  private Optional<String> province;

  @Option(
      names = "--no-districts",
      description = "communes directly below the province (the shape since July 2025)")
  private boolean noDistricts;

  @Option(
      names = "--register",
      paramLabel = "FILE",
      description = "a register file (JSON, or gzipped .gz) instead of the bundled one")
  private Optional<Path> registerFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "writes the file, replacing it only when the command succeeds")
  private Optional<String> outFile;

  UnitsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = console.out();
    PrintStream err = console.err();
    if (province.isEmpty()) {
      err.println("units: --province is missing");
      err.println(USAGE);
      return UsageError.STATUS;
    }
    Register register =
        registerFile.isPresent() ? Register.file(registerFile.get()) : Register.bundled();
    Optional<List<Unit>> units = register.province(province.get(), !noDistricts);
    if (units.isEmpty()) {
      err.println("no province with code " + province.get() + " in the register");
      return 1;
    }
    String yaml = UnitsYaml.write(units.get(), "generated from the national register (2025-03-01)");
    if (outFile.isEmpty()) {
      out.print(yaml);
      return 0;
    }
    Path file = Path.of(outFile.get()).toAbsolutePath();
    if (!Files.isDirectory(file.getParent())) {
      err.println("no directory " + file.getParent() + "; nothing was written");
      return 1;
    }
    try {
      replace(file, yaml);
    } catch (IOException e) {
      err.println("cannot write " + file + ": " + e.getMessage() + "; nothing was changed");
      return 1;
    }
    err.println("wrote " + units.get().size() + " units to " + file);
    checkBeside(file, err);
    return 0;
  }

  // `units ... > units.yml` empties the live file before the command runs, and leaves it empty
  // when it fails; the new file takes the old one's place in one step, or not at all.
  private static void replace(Path file, String content) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".new");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  // The rest of bot-config names units too (officers.yml, api-keys.yml): say now, not at start-up,
  // what in it does not fit the new tree.
  private static void checkBeside(Path file, PrintStream err) {
    if (!file.getFileName().toString().equals("units.yml")) {
      return;
    }
    try {
      BotConfig.load(file.getParent());
    } catch (ConfigException e) {
      err.println(
          "the service will not start with " + file.getParent() + " yet: " + e.getMessage());
    }
  }
}
