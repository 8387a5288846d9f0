package io.vipgate.telegram.command;

import static io.vipgate.telegram.command.StubUseCases.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.i18n.Texts;
import org.junit.jupiter.api.Test;

/** What {@code /kick} and {@code /stats} say about the VIP gate, in both languages. */
class GateCommandsTest {

    private final StubUseCases stubs = new StubUseCases();
    private final CommandDispatcher dispatcher = stubs.dispatcher();
    private final Texts texts = new Texts("es");

    private String admin(String language, String text) {
        BotUser user = BotUser.seen(ADMIN, "Admin", null, null, language);
        return dispatcher
                .answer(new Caller(user, texts.forUser(user), true), text)
                .await()
                .indefinitely()
                .markup();
    }

    @Test
    void aKickRefusedForGood_saysSoAndWhy() {
        stubs.kick = new KickResult.Refused(RemovalRefusal.MISSING_RIGHTS);

        assertThat(admin("en", "/kick 42")).contains("<code>42</code>", "Telegram refuses", "Ban users");
        assertThat(admin("es", "/kick 42")).contains("<code>42</code>", "Telegram se niega", "Expulsar usuarios");
    }

    @Test
    void aKickThatRemovedTheUser_tellsTheAdminWhetherTheUserWasTold() {
        stubs.kick = new KickResult.Kicked(
                Subscription.start(42, VipDuration.ofDays(30), StubUseCases.NOW, ReminderSchedule.DEFAULT));
        stubs.told = Delivery.BLOCKED;

        assertThat(admin("en", "/kick 42")).contains("<code>42</code>", "blocked the bot");
        assertThat(stubs.calls).containsExactly("kick 42");
    }

    @Test
    void aKickOvertakenByARenewal_saysNothingEnded() {
        stubs.kick = new KickResult.RenewedMeanwhile();

        assertThat(admin("en", "/kick 42")).contains("renewed just now");
    }

    @Test
    void stats_showMembersAgainstActiveVips_andTheTurnedAway() {
        assertThat(admin("en", "/stats"))
                .contains(
                        "Active VIPs: 1", "members seen: 7 (active VIPs: 1)", "turned away for joining without VIP: 2");
    }
}
