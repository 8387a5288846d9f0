package io.vipgate.telegram.command;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.dashboard.port.in.LoginLink;
import io.vipgate.application.dashboard.port.in.SignInUseCase;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.transport.Replies;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.menubutton.SetChatMenuButton;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.menubutton.MenuButtonWebApp;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;

/**
 * {@code /admin}: the dashboard's door. An admin gets a Mini App button (Telegram opens only https Mini Apps, so
 * only behind a public https URL) and a one-time link for a browser; anyone else gets the unknown-command help.
 */
public final class AdminDashboard {

    private final SignInUseCase signIn;
    private final String dashboardUrl;

    /** {@code dashboardUrl} is where {@code /admin/} is served, with its trailing slash. */
    public AdminDashboard(SignInUseCase signIn, String dashboardUrl) {
        if (!dashboardUrl.endsWith("/admin/")) {
            throw new IllegalArgumentException("the dashboard lives under /admin/");
        }
        this.signIn = signIn;
        this.dashboardUrl = dashboardUrl;
    }

    /** The answer to {@code /admin} from an admin, or empty for any other text or caller. */
    public Optional<Uni<BotApiMethod<?>>> command(Caller caller, long chatId, String text) {
        boolean isDoor = Command.parse(text)
                .flatMap(c -> CommandSpec.find(c.name(), caller.admin()))
                .filter(spec -> spec == CommandSpec.ADMIN)
                .isPresent();
        if (!isDoor) {
            return Optional.empty();
        }
        return Optional.of(Async.<LoginLink>uni(() -> signIn.issueLink(caller.id()))
                .map(link -> message(caller.messages(), chatId, link)));
    }

    /**
     * Each admin's menu button, opening the dashboard as a Mini App; none where Telegram would refuse the URL (not
     * https). Set once at start, so its label is in the default language.
     */
    public List<SetChatMenuButton> menuButtons(Set<Long> adminIds, Messages m) {
        if (!dashboardUrl.startsWith("https://")) {
            return List.of();
        }
        return adminIds.stream().sorted().map(id -> menuButton(id, m)).toList();
    }

    private SetChatMenuButton menuButton(long adminId, Messages m) {
        return SetChatMenuButton.builder()
                .chatId(adminId)
                .menuButton(MenuButtonWebApp.builder()
                        .text(m.plain(Text.DASHBOARD_OPEN_BUTTON))
                        .webAppInfo(WebAppInfo.builder().url(dashboardUrl).build())
                        .build())
                .build();
    }

    private BotApiMethod<?> message(Messages m, long chatId, LoginLink link) {
        String login = dashboardUrl + "login?token=" + URLEncoder.encode(link.secret(), StandardCharsets.UTF_8);
        SendMessage message =
                Replies.message(chatId, m.html(Text.DASHBOARD_LINK, login, SignInUseCase.LINK_VALIDITY.toMinutes()));
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (dashboardUrl.startsWith("https://")) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(m.plain(Text.DASHBOARD_OPEN_BUTTON))
                    .webApp(WebAppInfo.builder().url(dashboardUrl).build())
                    .build()));
        }
        rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                .text(m.plain(Text.DASHBOARD_BROWSER_BUTTON))
                .url(login)
                .build()));
        message.setReplyMarkup(InlineKeyboardMarkup.builder().keyboard(rows).build());
        return message;
    }
}
