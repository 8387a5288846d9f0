package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's pages against the running bot and the real PostgreSQL: read, search, extend, kick, export. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class DashboardPagesE2ETest {

    @Inject
    TelegramStatus status;

    private Dashboard.Session admin;

    @BeforeEach
    void signIn() {
        Bot.awaitReady(status);
        admin = Dashboard.signIn();
    }

    private static long knownUser() {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "en", "/status"));
        return user;
    }

    private static List<RecordedCall> bans(long user) {
        return Bot.calls("banChatMember").stream()
                .filter(call -> call.body().getLong("user_id", 0L) == user)
                .toList();
    }

    @Test
    void overview_showsTheCountsAndFourCharts() {
        String page = admin.get("/admin/").body().asString();

        assertThat(page)
                .contains(
                        "active subscribers",
                        "expiring within 7 days",
                        "monthly recurring Stars",
                        "churn",
                        "Joins per day",
                        "Stars per day");
        assertThat(page.split("<svg", -1)).hasSize(5);
    }

    @Test
    void extend_asksForConfirmation_thenGivesTime_andTellsTheUser() {
        long user = knownUser();

        Response asked = admin.post("/admin/subscribers/" + user + "/extend", "duration", "30d");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body().asString()).contains("Give user " + user + " 30d of VIP time?", "name=\"confirm\"");
        assertThat(Bot.sentTo(user)).isEmpty();

        Response done = admin.post("/admin/subscribers/" + user + "/extend", "duration", "30d", "confirm", "yes");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/admin/subscribers/" + user + "?done=extended");
        assertThat(Bot.sentTo(user)).singleElement().asString().contains("An admin gave you VIP time");
        assertThat(admin.get(done.header("Location")).body().asString())
                .contains("VIP time given", "<strong>active</strong>", "extended", String.valueOf(Bot.ADMIN));
    }

    @Test
    void kick_asksForConfirmation_thenEndsVip_andRemovesTheUser() {
        long user = knownUser();
        admin.post("/admin/subscribers/" + user + "/extend", "duration", "1d", "confirm", "yes");

        assertThat(admin.post("/admin/subscribers/" + user + "/kick").body().asString())
                .contains("End the VIP time");
        assertThat(bans(user)).isEmpty();
        Response done = admin.post("/admin/subscribers/" + user + "/kick", "confirm", "yes");

        assertThat(done.header("Location")).isEqualTo("/admin/subscribers/" + user + "?done=kicked");
        assertThat(bans(user)).hasSize(1);
        assertThat(admin.get("/admin/subscribers/" + user).body().asString()).contains("revoked");
        assertThat(admin.post("/admin/subscribers/" + user + "/kick", "confirm", "yes")
                        .header("Location"))
                .endsWith("?done=not-subscribed");
    }

    @Test
    void changes_withoutTheSessionsCsrfToken_areRefused_andChangeNothing() {
        long user = knownUser();

        Response missing = admin.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("duration", "30d")
                .formParam("confirm", "yes")
                .post("/admin/subscribers/" + user + "/extend");
        Response wrong = admin.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "x" + admin.csrf())
                .formParam("confirm", "yes")
                .post("/admin/subscribers/" + user + "/kick");

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Bot.sentTo(user)).isEmpty();
        assertThat(admin.get("/admin/subscribers/" + user).body().asString()).contains("No changes yet");
    }

    @Test
    void aBadDuration_isA400_withTheSyntax() {
        Response bad =
                admin.post("/admin/subscribers/" + knownUser() + "/extend", "duration", "soon", "confirm", "yes");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body().asString()).contains("Not a duration");
    }

    @Test
    void search_findsAUser_byIdOrUsername() {
        long user = knownUser();

        assertThat(admin.get("/admin/subscribers?q=" + user).body().asString())
                .contains("/admin/subscribers/" + user, "@user" + user, "1 found");
        assertThat(admin.get("/admin/subscribers?q=@USER" + user).body().asString())
                .contains("/admin/subscribers/" + user);
        assertThat(admin.get("/admin/subscribers?q=nobody-has-this-name").body().asString())
                .contains("0 found");
        assertThat(admin.get("/admin/subscribers?page=2").statusCode()).isEqualTo(200);
    }

    @Test
    void subscribersCsv_isStreamed_withAHeader_andTheSubscriber() {
        long user = knownUser();
        admin.post("/admin/subscribers/" + user + "/extend", "duration", "2d", "confirm", "yes");

        Response csv = admin.get("/admin/export/subscribers.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(csv.header("Content-Disposition")).contains("subscribers.csv");
        assertThat(csv.body().asString())
                .startsWith("user_id,name,username,status,expires_at\r\n")
                .contains("\r\n" + user + ",User" + user + ",user" + user + ",ACTIVE,");
    }

    @Test
    void paymentsCsv_startsWithItsHeader() {
        Response csv = admin.get("/admin/export/payments.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().asString())
                .startsWith("payment_id,user_id,plan,stars,kind,state,paid_at,refunded_at\r\n");
    }

    @Test
    void tokens_mintShowsTheDeepLinkOnce_andRevokeEndsTheToken() {
        Response minted = admin.post("/admin/tokens", "duration", "7d", "uses", "2");
        String page = minted.body().asString();

        assertThat(minted.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("https://t\\.me/[A-Za-z0-9_]+\\?start=([A-Za-z0-9_-]{22})")
                .matcher(page);
        assertThat(link.find()).as("deep link in the page").isTrue();
        String prefix = link.group(1).substring(0, 6);
        assertThat(admin.get("/admin/tokens").body().asString())
                .contains("<code>" + prefix + "</code>")
                .doesNotContain(link.group(1));

        assertThat(admin.post("/admin/tokens/revoke", "prefix", prefix).header("Location"))
                .isEqualTo("/admin/tokens?done=revoked");
        assertThat(admin.get("/admin/tokens").body().asString()).doesNotContain("<code>" + prefix + "</code>");
        assertThat(Bot.reply(FakeUpdates.message(Bot.newUser(), "en", "/start " + link.group(1))))
                .contains("cancelled");
        assertThat(admin.post("/admin/tokens", "duration", "soon", "uses", "1").statusCode())
                .isEqualTo(400);
    }

    @Test
    void plans_createListsThePlan_andRetireAsksFirst() {
        String title = "Dash " + Long.toString(Bot.newUser(), 36);

        assertThat(admin.post("/admin/plans", "title", title, "stars", "150", "term", "30d")
                        .header("Location"))
                .isEqualTo("/admin/plans?done=created");
        String page = admin.get("/admin/plans").body().asString();
        assertThat(page).contains(title, "150 Stars");
        Matcher retire = Pattern.compile("/admin/plans/(\\d+)/retire").matcher(page.substring(page.indexOf(title)));
        assertThat(retire.find()).isTrue();
        String path = "/admin/plans/" + retire.group(1) + "/retire";

        assertThat(admin.post(path).body().asString()).contains("Stop selling plan " + retire.group(1));
        assertThat(admin.get("/admin/plans").body().asString()).contains(title);
        assertThat(admin.post(path, "confirm", "yes").header("Location")).isEqualTo("/admin/plans?done=retired");
        assertThat(admin.get("/admin/plans").body().asString()).doesNotContain(title);
    }

    @Test
    void payments_listAndRefund_answerForAnUnknownCharge_afterConfirmation() {
        assertThat(admin.get("/admin/payments").body().asString()).contains("Payments", "payments");
        assertThat(admin.post("/admin/payments/refund", "charge", "no-such-charge")
                        .body()
                        .asString())
                .contains("Refund payment no-such-charge?");
        assertThat(admin.post("/admin/payments/refund", "charge", "no-such-charge", "confirm", "yes")
                        .header("Location"))
                .isEqualTo("/admin/payments?done=unknown");
    }

    @Test
    void broadcasts_composeAsksFirst_thenStarts_andTheListShowsItsProgress() {
        long user = knownUser();
        admin.post("/admin/subscribers/" + user + "/extend", "duration", "1d", "confirm", "yes");
        String text = "Hello from the dashboard " + user;

        assertThat(admin.post("/admin/broadcasts", "text", text).body().asString())
                .contains("Send this to every active subscriber?", text);
        assertThat(admin.post("/admin/broadcasts", "text", text, "confirm", "yes")
                        .header("Location"))
                .isEqualTo("/admin/broadcasts?done=started");
        assertThat(admin.get("/admin/broadcasts").body().asString())
                .contains(text, "<progress", "sending", "http-equiv=\"refresh\"");
        assertThat(admin.post("/admin/broadcasts", "text", "", "confirm", "yes").statusCode())
                .isEqualTo(400);
    }
}
