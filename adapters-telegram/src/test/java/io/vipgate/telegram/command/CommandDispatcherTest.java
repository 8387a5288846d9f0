package io.vipgate.telegram.command;

import static io.vipgate.telegram.command.StubUseCases.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.subscription.port.in.VipStatus;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.client.TestFailures;
import io.vipgate.telegram.i18n.Texts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands reach the right use case, for the right people, and come back worded in the user's language. */
class CommandDispatcherTest {

    private static final long USER = 4242L;
    private final StubUseCases stubs = new StubUseCases();
    private final CommandDispatcher dispatcher = stubs.dispatcher();
    private final Texts texts = new Texts("es");

    private String answer(long userId, String language, String text) {
        BotUser user = BotUser.seen(userId, "Ana", null, null, language);
        Caller caller = new Caller(user, texts.forUser(user), userId == ADMIN);
        return dispatcher.answer(caller, text).await().indefinitely().markup();
    }

    @Test
    void token_mintsWithDurationAndUses_andRepliesWithTheDeepLink() {
        String reply = answer(ADMIN, "en", "/token 30d 5");

        assertThat(stubs.calls).containsExactly("mint 1001 30d 5");
        assertThat(reply)
                .contains("https://t.me/vipgate_test_bot?start=" + StubUseCases.SECRET.value(), "30 days", "5 uses");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/token", "/token soon", "/token 30d zero", "/token 30d 0", "/token 3651d"})
    void badTokenArguments_getTheSyntax_inTheUsersLanguage(String text) {
        assertThat(answer(ADMIN, "es", text))
                .startsWith("Uso: /token &lt;duración&gt; [usos]")
                .contains("30d");
        assertThat(stubs.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/token 30d",
                "/tokens",
                "/revoke abc",
                "/subs",
                "/extend 42 1d",
                "/kick 42",
                "/setwait 5",
                "/stats",
                "/nonsense",
                "hello"
            })
    void nonAdmins_getHelp_forAdminAndUnknownCommandsAlike(String text) {
        String help = answer(USER, "en", "/help");

        assertThat(answer(USER, "en", text)).isEqualTo(help).doesNotContain("/token", "/kick");
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void adminHelp_listsTheAdminCommandsToo() {
        assertThat(answer(ADMIN, "en", "/help")).contains("/status", "/token &lt;duration&gt; [uses]", "/stats");
    }

    @Test
    void start_withAToken_redeemsIt_andShowsTheLinkAndExpiry() {
        Subscription subscription =
                Subscription.start(USER, VipDuration.ofDays(30), StubUseCases.NOW, ReminderSchedule.DEFAULT);
        stubs.redemption = new RedemptionOutcome.Redeemed(
                subscription,
                false,
                Optional.of(new InviteLink("https://t.me/+abc", StubUseCases.NOW.plus(Duration.ofHours(1)))));

        String reply = answer(USER, "es", "/start AbCdEfGhIjKl");

        assertThat(stubs.calls).containsExactly("redeem 4242 AbCdEfGhIjKl");
        assertThat(reply).contains("21 dic 2026, 14:30 UTC", "https://t.me/+abc");
    }

    @Test
    void start_alone_welcomesWithTheStatus() {
        stubs.status = new VipStatus.Active(StubUseCases.NOW);

        assertThat(answer(USER, "en", "/start"))
                .contains("Hi, Ana!", "VIP until <b>Nov 21, 2026 at 14:30 UTC</b>", "/help");
    }

    @Test
    void usedUpToken_hasItsOwnAnswer() {
        stubs.redemption = new RedemptionOutcome.UsedUpToken();

        assertThat(answer(USER, "en", "/start AbCdEfGhIjKl")).contains("already been used");
    }

    @Test
    void extend_tellsTheAdminWhetherTheUserWasTold() {
        stubs.told = Delivery.BLOCKED;

        String reply = answer(ADMIN, "en", "/extend 42 1w");

        assertThat(stubs.calls).containsExactly("extend 42 1w");
        assertThat(reply).contains("User <code>42</code> is VIP until", "blocked the bot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/extend", "/extend 42", "/extend abc 1d", "/extend -5 1d", "/extend 42 1y"})
    void badExtendArguments_getTheSyntax(String text) {
        assertThat(answer(ADMIN, "en", text)).startsWith("Usage: /extend &lt;user id&gt; &lt;duration&gt;");
    }

    @Test
    void aTelegramFailure_isAnsweredWithAnApology() {
        stubs.failure = () -> TestFailures.telegramDown();

        assertThat(answer(USER, "en", "/link")).contains("try again in a minute");
    }

    @Test
    void anyOtherFailure_propagates_soThatTheUpdateIsRetried() {
        stubs.failure = () -> new IllegalStateException("database down");

        assertThatThrownBy(() -> answer(USER, "en", "/status")).hasMessageContaining("database down");
    }
}
