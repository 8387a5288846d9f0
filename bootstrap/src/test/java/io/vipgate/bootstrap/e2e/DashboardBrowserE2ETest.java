package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in headless Chromium, as an admin uses it in a browser: signs in with the one-time link, opens every
 * page, extends and kicks a subscriber, downloads a CSV, and saves a screenshot of each page under
 * {@code target/dashboard-screenshots} (the overview's, over {@link DemoHistory}, is the README's). Skips, saying
 * why, where Chromium is not installed.
 */
@QuarkusTest
@TestProfile(WebhookMode.class)
class DashboardBrowserE2ETest {

    private static final Path SHOTS = Path.of("target", "dashboard-screenshots");
    /** Telegram's dark theme, as a Mini App receives it in its URL's hash. */
    private static final String DARK_THEME = "{\"bg_color\":\"#17212b\",\"text_color\":\"#f5f5f5\","
            + "\"hint_color\":\"#708499\",\"link_color\":\"#6ab3f3\",\"button_color\":\"#5288c1\","
            + "\"button_text_color\":\"#ffffff\",\"secondary_bg_color\":\"#232e3c\"}";

    @Inject
    TelegramStatus status;

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource database;

    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(
                Chromium.missing().isEmpty(), () -> Chromium.missing().orElseThrow());
        Bot.awaitReady(status);
        Files.createDirectories(SHOTS);
        downloads = Files.createTempDirectory("dashboard-downloads");
        browser = Chromium.start(downloads);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + root.getPort() + path;
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private void shot(String name) {
        try {
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(),
                    SHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** The element once the page a click led to shows it: a click that submits a form does not wait for the page. */
    private WebElement shown(String css) {
        Bot.until(
                css + " on the next page",
                () -> !browser.findElements(By.cssSelector(css)).isEmpty());
        return find(css);
    }

    private String text() {
        return find("main").getText();
    }

    @Test
    void anAdmin_signsIn_opensEveryPage_extendsAndKicks_andDownloadsACsv() {
        DemoHistory.write(database, Instant.now());
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "en", "/status"));

        open("/admin/login?token=" + URLEncoder.encode(Dashboard.linkToken(Bot.ADMIN), StandardCharsets.UTF_8));
        shot("signin-link");
        find("#sign-in").click();
        Bot.until(
                "the overview after signing in",
                () -> browser.getCurrentUrl().equals(url("/admin/"))
                        && !browser.findElements(By.id("active")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(4);
        shot("overview");

        open("/admin/subscribers?q=" + user);
        assertThat(text()).contains("1 found", "@user" + user);
        find("a[href='/admin/subscribers/" + user + "']").click();
        shown("input[name=duration]").clear();
        find("input[name=duration]").sendKeys("10d");
        find("#extend").click();
        shown("#confirm");
        assertThat(text()).contains("Give user " + user + " 10d of VIP time?");
        shot("confirm");
        find("#confirm").click();
        assertThat(shown("#done").getText()).contains("VIP time given");
        assertThat(text()).contains("active", "extended");
        shot("subscriber");

        find("#kick").click();
        shown("#confirm").click();
        assertThat(shown("#done").getText()).contains("VIP ended and the user removed");
        assertThat(text()).contains("revoked");

        open("/admin/subscribers");
        assertThat(text()).contains("Subscribers", "found");
        shot("subscribers");

        find("#export-subscribers").click();
        Path csv = downloads.resolve("subscribers.csv");
        Bot.until("the CSV download", () -> Files.exists(csv) && csv.toFile().length() > 0);
        assertThat(read(csv))
                .startsWith("user_id,name,username,status,expires_at")
                .contains(user + ",User" + user);

        for (String page : new String[] {"tokens", "plans", "payments", "broadcasts"}) {
            open("/admin/" + page);
            assertThat(find("nav a.current").getText()).isEqualToIgnoringCase(page);
            shot(page);
        }
        open("/admin/payments");
        find("#export-payments").click();
        Path payments = downloads.resolve("payments.csv");
        Bot.until(
                "the payments CSV download",
                () -> Files.exists(payments) && payments.toFile().length() > 0);
        assertThat(read(payments)).startsWith("payment_id,user_id,plan,stars,kind,state,paid_at,refunded_at");

        open("/admin/nope");
        assertThat(text()).contains("No such page");

        open("/admin/#tgWebAppThemeParams="
                + URLEncoder.encode(DARK_THEME, StandardCharsets.UTF_8).replace("+", "%20"));
        Bot.until(
                "the dark theme applied",
                () -> "rgba(23, 33, 43, 1)".equals(find("body").getCssValue("background-color")));
        shot("overview-dark");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
