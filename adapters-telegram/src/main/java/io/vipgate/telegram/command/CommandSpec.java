package io.vipgate.telegram.command;

import io.vipgate.telegram.i18n.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands the bot answers, who may use them, and how help and Telegram's menu describe them. */
public enum CommandSpec {
    START(false, Text.CMD_START, null),
    STATUS(false, Text.CMD_STATUS, null),
    LINK(false, Text.CMD_LINK, null),
    HELP(false, Text.CMD_HELP, null),
    PLANS(false, Text.CMD_PLANS, null),
    BUY(false, Text.CMD_BUY, Text.SYNTAX_BUY),
    CANCEL(false, Text.CMD_CANCEL, null),
    PAYSUPPORT(false, Text.CMD_PAYSUPPORT, null),
    TERMS(false, Text.CMD_TERMS, null),
    PRIVACY(false, Text.CMD_PRIVACY, null),
    TOKEN(true, Text.CMD_TOKEN, Text.SYNTAX_TOKEN),
    TOKENS(true, Text.CMD_TOKENS, null),
    REVOKE(true, Text.CMD_REVOKE, Text.SYNTAX_REVOKE),
    SUBS(true, Text.CMD_SUBS, Text.SYNTAX_SUBS),
    EXTEND(true, Text.CMD_EXTEND, Text.SYNTAX_EXTEND),
    KICK(true, Text.CMD_KICK, Text.SYNTAX_KICK),
    SETWAIT(true, Text.CMD_SETWAIT, Text.SYNTAX_SETWAIT),
    STATS(true, Text.CMD_STATS, null),
    BROADCAST(true, Text.CMD_BROADCAST, Text.SYNTAX_BROADCAST),
    NEWPLAN(true, Text.CMD_NEWPLAN, Text.SYNTAX_NEWPLAN),
    ENDPLAN(true, Text.CMD_ENDPLAN, Text.SYNTAX_ENDPLAN),
    REFUND(true, Text.CMD_REFUND, Text.SYNTAX_REFUND),
    ADMIN(true, Text.CMD_ADMIN, null);

    /** Sold with Telegram Stars: answered by the store ({@code io.vipgate.telegram.payment}), not the dispatcher. */
    public boolean store() {
        return switch (this) {
            case PLANS, BUY, CANCEL, PAYSUPPORT, TERMS, PRIVACY, NEWPLAN, ENDPLAN, REFUND -> true;
            default -> false;
        };
    }

    private final boolean adminOnly;
    private final Text description;
    private final Text syntax;

    CommandSpec(boolean adminOnly, Text description, Text syntax) {
        this.adminOnly = adminOnly;
        this.description = description;
        this.syntax = syntax;
    }

    /** The command called {@code name} that {@code admin} may use; a non-admin never learns admin commands exist. */
    public static Optional<CommandSpec> find(String name, boolean admin) {
        return Arrays.stream(values())
                .filter(spec -> spec.command().equals(name) && (admin || !spec.adminOnly))
                .findFirst();
    }

    /** The commands {@code admin} may use, in menu order. */
    public static List<CommandSpec> available(boolean admin) {
        return Arrays.stream(values()).filter(spec -> admin || !spec.adminOnly).toList();
    }

    public String command() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    public Text description() {
        return description;
    }

    /** How to type it with arguments, as HTML; empty for commands without any. */
    public Optional<Text> syntax() {
        return Optional.ofNullable(syntax);
    }
}
