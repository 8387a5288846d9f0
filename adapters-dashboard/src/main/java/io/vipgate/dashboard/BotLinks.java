package io.vipgate.dashboard;

import java.util.Optional;
import java.util.function.Supplier;

/** The bot's {@code t.me} deep links, once its username is known (Telegram's getMe at start). */
public record BotLinks(Supplier<Optional<String>> username) {

    /** The link that redeems {@code secret}, or empty while the bot has not learnt its username yet. */
    public Optional<String> start(String secret) {
        return username.get().map(name -> "https://t.me/" + name + "?start=" + secret);
    }
}
