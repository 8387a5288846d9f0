package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.command.CommandSpec;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethodBoolean;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Registers Telegram's command menu: everyone's commands per language (and in the default language for the rest),
 * and each admin's longer list in their own chat; with the dashboard behind https, each admin's menu button opens it
 * as a Mini App. A failure is logged and skipped: the menu is a convenience.
 */
public final class CommandMenu {

    private static final Logger LOG = Logger.getLogger(CommandMenu.class);

    private final BotApiClient client;
    private final Texts texts;
    private final RecognizeAdminsUseCase admins;
    private final Optional<AdminDashboard> dashboard;

    public CommandMenu(BotApiClient client, Texts texts, RecognizeAdminsUseCase admins) {
        this(client, texts, admins, Optional.empty());
    }

    public CommandMenu(
            BotApiClient client, Texts texts, RecognizeAdminsUseCase admins, Optional<AdminDashboard> dashboard) {
        this.client = client;
        this.texts = texts;
        this.admins = admins;
        this.dashboard = dashboard;
    }

    public Uni<Void> register() {
        List<BotApiMethodBoolean> requests = new ArrayList<>();
        addPerLanguage(requests, BotCommandScopeDefault.builder().build(), false);
        admins.adminIds().stream()
                .sorted()
                .forEach(id -> addPerLanguage(
                        requests, BotCommandScopeChat.builder().chatId(id).build(), true));
        dashboard.ifPresent(door -> requests.addAll(door.menuButtons(admins.adminIds(), texts.fallback())));
        return Multi.createFrom()
                .iterable(requests)
                .onItem()
                .transformToUniAndConcatenate(request -> client.call(request)
                        .onFailure()
                        .recoverWithItem(failure -> {
                            LOG.warnf(
                                    "Command menu not set: method=%s error=\"%s\"",
                                    request.getMethod(), failure.getMessage());
                            return false;
                        }))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** One list without a language (Telegram's fallback, in the default language) and one per language. */
    private void addPerLanguage(List<BotApiMethodBoolean> requests, BotCommandScope scope, boolean admin) {
        requests.add(request(scope, texts.fallback(), null, admin));
        for (Locale language : Texts.LANGUAGES) {
            requests.add(request(scope, texts.of(language), language.getLanguage(), admin));
        }
    }

    private static SetMyCommands request(BotCommandScope scope, Messages m, String languageCode, boolean admin) {
        List<BotCommand> commands = CommandSpec.available(admin).stream()
                .map(spec -> new BotCommand(spec.command(), m.plain(spec.description())))
                .toList();
        return SetMyCommands.builder()
                .commands(commands)
                .scope(scope)
                .languageCode(languageCode)
                .build();
    }
}
