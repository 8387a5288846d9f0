package io.vipgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The configuration the settings check reads before Quarkus starts is built from this process, not from a build:
 * application.properties maps the operator's variables, whatever sets them when the process starts.
 */
class StartupConfigTest {

    @AfterEach
    void forget() {
        System.clearProperty("BOT_TOKEN");
        System.clearProperty("DB_WAIT");
    }

    @Test
    void aVariableSetWhenTheProcessStarts_reachesThePropertyApplicationPropertiesMapsItTo() {
        System.setProperty("BOT_TOKEN", "123456789:set-when-the-process-started");

        Config config = StartupConfig.build();

        assertThat(config.getValue("vipgate.telegram.bot-token", String.class))
                .isEqualTo("123456789:set-when-the-process-started");
        assertThat(EffectiveSettings.of(config).apply("BOT_TOKEN")).hasValue("123456789:set-when-the-process-started");
    }

    @Test
    void durations_takeTheOperatorsShortForm() {
        System.setProperty("DB_WAIT", "45s");

        assertThat(StartupConfig.build().getValue("vipgate.db-wait", Duration.class))
                .isEqualTo(Duration.ofSeconds(45));
    }
}
