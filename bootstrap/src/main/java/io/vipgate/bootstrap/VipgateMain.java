package io.vipgate.bootstrap;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.vipgate.bootstrap.config.SettingsCheck;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Entry point: refuses to start with a readable list when settings are missing or malformed. */
@QuarkusMain
public final class VipgateMain {

    static final int BAD_SETTINGS = 78;

    private VipgateMain() {
    }

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        boolean production = LaunchMode.current() == LaunchMode.NORMAL;
        List<String> problems = SettingsCheck.problems(name -> config.getOptionalValue(name, String.class), production);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("vipgate cannot start. Fix these settings (see .env.example):");
            problems.forEach(problem -> message.append(System.lineSeparator()).append("  - ").append(problem));
            System.err.println(message);
            System.exit(BAD_SETTINGS);
        }
        Quarkus.run(args);
    }
}
