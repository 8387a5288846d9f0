package io.vipgate.bootstrap.importer;

import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.domain.time.VipDuration;
import java.util.List;
import java.util.Optional;

/** The command line of {@code import-sqlite}, parsed; a mistake is an IllegalArgumentException saying what is wrong. */
record ImportArguments(boolean help, ImportOptions options) {

    static final String USAGE = """
            usage: vipgate import-sqlite --file legacy.db [--dry-run] [--skip-invalid] [--default-duration 30d]
              --file               the legacy bot's SQLite file (stop the old bot first; the file is only read)
              --dry-run            check every row and count what would be written, then roll back
              --skip-invalid       import the valid rows and list the invalid ones, instead of refusing them all
              --default-duration   VIP time granted by legacy tokens that name no plan (<n>m, <n>h, <n>d, <n>w)""";

    static ImportArguments parse(List<String> args) {
        List<String> rest =
                !args.isEmpty() && args.getFirst().equals(ImportMode.COMMAND) ? args.subList(1, args.size()) : args;
        String file = null;
        boolean dryRun = false;
        boolean skipInvalid = false;
        Optional<VipDuration> duration = Optional.empty();
        int next = 0;
        while (next < rest.size()) {
            String arg = rest.get(next++);
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            // A value is either glued on with '=' or the next argument.
            boolean glued = equals >= 0;
            switch (name) {
                case "--help", "-h" -> {
                    return new ImportArguments(true, null);
                }
                case "--dry-run" -> dryRun = true;
                case "--skip-invalid" -> skipInvalid = true;
                case "--file" -> file = glued ? arg.substring(equals + 1) : value(rest, next++, name);
                case "--default-duration" ->
                    duration = Optional.of(
                            VipDuration.parse(glued ? arg.substring(equals + 1) : value(rest, next++, name)));
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("--file is missing: name the legacy SQLite file");
        }
        return new ImportArguments(false, new ImportOptions(file, dryRun, skipInvalid, duration));
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
