package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.domain.time.VipDuration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The import's command line: every option in both spellings, and mistakes named. */
class ImportArgumentsTest {

    @Test
    void everyOption_isRead_spacedOrGlued() {
        ImportOptions spaced = ImportArguments.parse(List.of(
                        "import-sqlite",
                        "--file",
                        "legacy.db",
                        "--dry-run",
                        "--skip-invalid",
                        "--default-duration",
                        "30d"))
                .options();
        ImportOptions glued = ImportArguments.parse(List.of("--file=legacy.db", "--default-duration=2w"))
                .options();

        assertThat(spaced).isEqualTo(new ImportOptions("legacy.db", true, true, Optional.of(VipDuration.ofDays(30))));
        assertThat(glued).isEqualTo(new ImportOptions("legacy.db", false, false, Optional.of(VipDuration.ofDays(14))));
    }

    @Test
    void help_isRecognised() {
        assertThat(ImportArguments.parse(List.of("import-sqlite", "--help")).help())
                .isTrue();
    }

    @Test
    void mistakes_sayWhatIsWrong() {
        assertThatThrownBy(() -> ImportArguments.parse(List.of("import-sqlite")))
                .hasMessage("--file is missing: name the legacy SQLite file");
        assertThatThrownBy(() -> ImportArguments.parse(List.of("--file", "--dry-run")))
                .hasMessage("--file needs a value");
        assertThatThrownBy(() -> ImportArguments.parse(List.of("--file", "x.db", "--force")))
                .hasMessage("unknown argument: --force");
        assertThatThrownBy(() -> ImportArguments.parse(List.of("--file", "x.db", "--default-duration", "30 days")))
                .hasMessageContaining("Not a duration");
    }
}
