package io.vipgate.telegram.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * The creator's own {@code /paysupport}, {@code /terms} and {@code /privacy} texts, from settings; where one is
 * not set, the bot's default in the user's language answers.
 */
public record StoreTexts(Optional<String> support, Optional<String> terms, Optional<String> privacy) {

    public static final StoreTexts DEFAULTS = new StoreTexts(Optional.empty(), Optional.empty(), Optional.empty());

    public StoreTexts {
        support = blankless(support);
        terms = blankless(terms);
        privacy = blankless(privacy);
    }

    private static Optional<String> blankless(Optional<String> text) {
        return Objects.requireNonNull(text).map(String::strip).filter(value -> !value.isEmpty());
    }
}
