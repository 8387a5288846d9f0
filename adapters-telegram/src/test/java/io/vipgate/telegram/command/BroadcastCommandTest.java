package io.vipgate.telegram.command;

import static io.vipgate.telegram.command.StubUseCases.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase.BroadcastStart;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.i18n.Texts;
import org.junit.jupiter.api.Test;

/** {@code /broadcast <text>}: admins only, the text exactly as typed, and an answer for each outcome. */
class BroadcastCommandTest {

    private final StubUseCases stubs = new StubUseCases();
    private final CommandDispatcher dispatcher = stubs.dispatcher();
    private final Texts texts = new Texts("es");

    private String answer(long userId, String language, String text) {
        BotUser user = BotUser.seen(userId, "Ana", null, null, language);
        Caller caller = new Caller(user, texts.forUser(user), userId == ADMIN);
        return dispatcher.answer(caller, text).await().indefinitely().markup();
    }

    @Test
    void anAdminsBroadcast_keepsTheTextAsTyped_andSaysItIsOnItsWay() {
        String reply = answer(ADMIN, "en", "/broadcast  Hello <b>all</b>\n\nsecond  line ");

        assertThat(stubs.calls).containsExactly("broadcast Hello <b>all</b>\n\nsecond  line");
        assertThat(reply).isEqualTo("📣 Broadcast #7 is on its way to 3 VIPs. Its progress shows below.");
    }

    @Test
    void nobodyToSendTo_isSaid() {
        stubs.broadcast = new BroadcastStart.NoRecipients();

        assertThat(answer(ADMIN, "es", "/broadcast hola"))
                .isEqualTo("No hay ningún VIP activo al que se pueda escribir.");
    }

    @Test
    void noText_getsTheSyntax_andATooLongText_isRefusedWithItsLength() {
        assertThat(answer(ADMIN, "en", "/broadcast   ")).startsWith("Usage: /broadcast &lt;text&gt;");
        assertThat(answer(ADMIN, "en", "/broadcast " + "x".repeat(4097))).contains("4097", "4096");
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void aNonAdmin_getsHelp_andNothingIsSent() {
        String help = answer(4242, "en", "/help");

        assertThat(answer(4242, "en", "/broadcast hi")).isEqualTo(help).doesNotContain("/broadcast");
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void adminHelp_andTheMenu_listBroadcast() {
        assertThat(answer(ADMIN, "en", "/help")).contains("/broadcast &lt;text&gt;");
        assertThat(CommandSpec.available(true)).contains(CommandSpec.BROADCAST);
        assertThat(CommandSpec.available(false)).doesNotContain(CommandSpec.BROADCAST);
    }
}
