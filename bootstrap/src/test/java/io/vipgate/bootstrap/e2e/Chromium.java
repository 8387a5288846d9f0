package io.vipgate.bootstrap.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and chromedriver (apt-get install chromium chromium-driver), when the machine has them. */
final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Why the browser test cannot run here, or empty when it can. */
    static Optional<String> missing() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            return Optional.of("Chromium is not installed (" + BROWSER + ", " + DRIVER + "): run scripts/test as root, "
                    + "or apt-get install -y chromium chromium-driver, for the dashboard's browser test");
        }
        return Optional.empty();
    }

    /** A headless browser that saves downloads into {@code downloads}. */
    static ChromeDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        // --no-sandbox: test machines run as root, where Chromium's sandbox refuses to start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,1800",
                "--lang=en-US");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
