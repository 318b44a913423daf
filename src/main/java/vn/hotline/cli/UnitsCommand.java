package vn.hotline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.hotline.unit.Unit;

/**
 * {@code units --province CODE [--no-districts] [--register FILE]}: prints a {@code units.yml} for
 * a province from the national register, so that nobody types a hundred communes by hand.
 */
final class UnitsCommand {
  private UnitsCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Optional<String> province = Arguments.value(args, "--province");
    if (province.isEmpty()) {
      err.println("usage: units --province CODE [--no-districts] [--register FILE]");
      return 2;
    }
    Optional<String> registerFile = Arguments.value(args, "--register");
    Register register =
        registerFile.isPresent() ? Register.file(Path.of(registerFile.get())) : Register.bundled();
    boolean withDistricts = !args.contains("--no-districts");
    Optional<List<Unit>> units = register.province(province.get(), withDistricts);
    if (units.isEmpty()) {
      err.println("no province with code " + province.get() + " in the register");
      return 1;
    }
    out.print(UnitsYaml.write(units.get(), "generated from the national register (2025-03-01)"));
    return 0;
  }
}
