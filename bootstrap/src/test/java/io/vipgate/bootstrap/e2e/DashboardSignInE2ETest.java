package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Getting into the dashboard through the webhook-mode bot: {@code /admin}'s buttons, the one-time link, the Mini App's
 * initData signed with the test bot's token, and everything that must stay out.
 */
@QuarkusTest
@TestProfile(WebhookMode.class)
class DashboardSignInE2ETest {

    private static final String BOT_TOKEN = "123456789:TEST-token-for-the-fake-bot-api-0000";

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @Test
    void admin_getsAMiniAppButton_andABrowserLink_underThePublicUrl() {
        JsonArray keyboard = Dashboard.keyboard(Bot.ADMIN);

        assertThat(keyboard.getJsonArray(0)
                        .getJsonObject(0)
                        .getJsonObject("web_app")
                        .getString("url"))
                .isEqualTo(WebhookMode.PUBLIC_URL + "/admin/");
        assertThat(keyboard.getJsonArray(1).getJsonObject(0).getString("url"))
                .startsWith(WebhookMode.PUBLIC_URL + "/admin/login?token=");
    }

    @Test
    void everyAdminsMenuButton_opensTheDashboardAsAMiniApp() {
        Bot.until(
                "both admins' menu buttons",
                () -> Bot.calls("setChatMenuButton").size() >= 2);

        assertThat(Bot.calls("setChatMenuButton"))
                .extracting(call -> call.text("chat_id"))
                .containsExactlyInAnyOrder("1001", "1002");
        assertThat(Bot.calls("setChatMenuButton")).allSatisfy(call -> {
            JsonObject button = new JsonObject(call.text("menu_button"));
            assertThat(button.getString("type")).isEqualTo("web_app");
            assertThat(button.getJsonObject("web_app").getString("url")).isEqualTo(WebhookMode.PUBLIC_URL + "/admin/");
        });
    }

    @Test
    void nonAdmins_getTheUnknownCommandHelp() {
        long user = Bot.newUser();
        String help = Bot.reply(FakeUpdates.message(user, "en", "/help"));

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/admin"))).isEqualTo(help);
    }

    @Test
    void aLink_opensASession_withAStrictSecureHttpOnlyCookie_once() {
        String token = Dashboard.linkToken(Bot.ADMIN);

        assertThat(given().get("/admin/login?token=" + token).body().asString()).contains("name=\"token\"");
        Response used = Dashboard.useLink(token);
        Cookie cookie = used.getDetailedCookie(Dashboard.COOKIE);

        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecured()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.getMaxAge()).isEqualTo(12 * 3600L);
        assertThat(cookie.getPath()).isEqualTo("/admin");
        assertThat(given().cookie(Dashboard.COOKIE, cookie.getValue())
                        .get("/admin/")
                        .body()
                        .asString())
                .contains("active subscribers", "<svg");
        assertThat(Dashboard.useLink(token).statusCode()).isEqualTo(401);
    }

    @Test
    void aForgedLinkOrCookie_getsNothing() {
        assertThat(Dashboard.useLink("not-a-real-link").statusCode()).isEqualTo(401);
        assertThat(Dashboard.useLink("").statusCode()).isEqualTo(401);
        Response page = given().cookie(Dashboard.COOKIE, "forged").get("/admin/subscribers");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body().asString()).doesNotContain("<table");
        assertThat(given().get("/admin/export/subscribers.csv").statusCode()).isEqualTo(401);
    }

    @Test
    void theRoot_withoutASession_isTheSignInPage_whereAMiniAppStarts() {
        Response root = given().get("/admin/");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body().asString())
                .contains("miniapp-status", "/admin/static/miniapp.js")
                .doesNotContain("active subscribers");
        assertThat(given().get("/admin/static/miniapp.js").body().asString()).contains("tgWebAppData");
        assertThat(given().redirects().follow(false).get("/admin").header("Location"))
                .isEqualTo("/admin/");
    }

    @Test
    void miniApp_signedInitDataOfAnAdmin_opensASession() throws Exception {
        Response signedIn = miniApp(initData(Bot.ADMIN, Duration.ofMinutes(1), false));

        assertThat(signedIn.statusCode()).isEqualTo(204);
        assertThat(given().cookie(Dashboard.COOKIE, signedIn.getCookie(Dashboard.COOKIE))
                        .get("/admin/subscribers")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void miniApp_tamperedOrOldInitData_is401_andANonAdmins_is403_withoutACookie() throws Exception {
        Response tampered = miniApp(initData(Bot.ADMIN, Duration.ZERO, true));
        Response old = miniApp(initData(Bot.ADMIN, Duration.ofHours(1).plusMinutes(1), false));
        Response stranger = miniApp(initData(Bot.newUser(), Duration.ZERO, false));

        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(miniApp("").statusCode()).isEqualTo(401);
        assertThat(tampered.getCookie(Dashboard.COOKIE)).isNull();
        assertThat(stranger.getCookie(Dashboard.COOKIE)).isNull();
        assertThat(stranger.body().asString()).isEmpty();
    }

    @Test
    void unknownPages_are404_signedInOrNot() {
        Dashboard.Session session = Dashboard.signIn();

        assertThat(given().get("/admin/nope").statusCode()).isEqualTo(404);
        assertThat(session.get("/admin/nope").statusCode()).isEqualTo(404);
        assertThat(session.get("/admin/subscribers/abc").statusCode()).isEqualTo(404);
        assertThat(session.get("/admin/static/secret.txt").statusCode()).isEqualTo(404);
    }

    private static Response miniApp(String initData) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("initData", initData)
                .post("/admin/auth/miniapp");
    }

    /** initData as Telegram signs it for this bot, computed here from the documented recipe. */
    private static String initData(long userId, Duration age, boolean tamper) throws Exception {
        Map<String, String> fields = new TreeMap<>();
        fields.put("auth_date", Long.toString(Instant.now().minus(age).getEpochSecond()));
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", "{\"id\":" + userId + ",\"first_name\":\"Admin\"}");
        String check = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        String hash =
                HexFormat.of().formatHex(hmac(hmac("WebAppData".getBytes(StandardCharsets.UTF_8), BOT_TOKEN), check));
        fields.put("hash", tamper ? (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1) : hash);
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
