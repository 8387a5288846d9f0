package io.vipgate.telegram.command;

import io.smallrye.mutiny.Uni;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Answers a private message: the command it names, if this caller may use it, otherwise help. Bad arguments get
 * the command's syntax. A Bot API failure inside a command gets an apology now; other failures (the database)
 * propagate, so that the transport hands the update back to Telegram for a later retry.
 */
public final class CommandDispatcher {

    private static final Logger LOG = Logger.getLogger(CommandDispatcher.class);

    private final UserCommands user;
    private final AdminCommands admin;
    private final AdminLists lists;

    public CommandDispatcher(UserCommands user, AdminCommands admin, AdminLists lists) {
        this.user = user;
        this.admin = admin;
        this.lists = lists;
    }

    public Uni<Html> answer(Caller caller, String text) {
        Optional<Command> command = Command.parse(text);
        Optional<CommandSpec> spec = command.flatMap(c -> CommandSpec.find(c.name(), caller.admin()));
        if (spec.isEmpty()) {
            return Uni.createFrom().item(UserCommands.help(caller));
        }
        return Uni.createFrom()
                .deferred(() -> run(spec.get(), caller, command.get(), text))
                .onFailure(UsageException.class)
                .recoverWithItem(() -> usage(caller.messages(), spec.get()))
                .onFailure(BotApiException.class)
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "Command /%s answered with an apology: %s",
                            spec.get().command(), failure.getMessage());
                    return caller.messages().html(Text.TRY_LATER);
                });
    }

    private Uni<Html> run(CommandSpec spec, Caller caller, Command command, String text) {
        return switch (spec) {
            case START -> user.start(caller, command);
            case STATUS -> user.status(caller);
            case LINK -> user.link(caller);
            case HELP -> Uni.createFrom().item(UserCommands.help(caller));
            case TOKEN -> admin.token(caller, command);
            case TOKENS -> lists.tokens(caller);
            case REVOKE -> admin.revoke(caller, command);
            case SUBS -> lists.subscribers(caller, command);
            case EXTEND -> admin.extend(caller, command);
            case KICK -> admin.kick(caller, command);
            case SETWAIT -> admin.setWait(caller, command);
            case STATS -> admin.stats(caller);
            case BROADCAST -> admin.broadcast(caller, Command.rest(text));
            // The update router hands these to the store or the dashboard's door first; without them, they get help.
            case PLANS, BUY, CANCEL, PAYSUPPORT, TERMS, PRIVACY, NEWPLAN, ENDPLAN, REFUND, ADMIN ->
                Uni.createFrom().item(UserCommands.help(caller));
        };
    }

    static Html usage(Messages m, CommandSpec spec) {
        List<Html> lines = new ArrayList<>();
        lines.add(m.html(Text.USAGE, spec.syntax().map(m::html).orElseGet(() -> new Html("/" + spec.command()))));
        if (spec == CommandSpec.TOKEN || spec == CommandSpec.EXTEND) {
            lines.add(m.html(Text.DURATION_SYNTAX));
        }
        return Html.join("\n", lines);
    }
}
