package io.vipgate.domain.payment;

import java.util.Objects;

/** A plan on sale (or retired): the creator's title, its price in Stars and what it sells. */
public record Plan(long id, String title, Stars price, PlanTerm term, boolean onSale) {

    /** Telegram's limit for an invoice title. */
    public static final int MAX_TITLE_LENGTH = 32;

    public Plan {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(term, "term");
        title = checkedTitle(title);
    }

    /** A title in the creator's words: 1 to 32 characters once trimmed. */
    public static String checkedTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("a plan title has 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        return trimmed;
    }

    public boolean monthly() {
        return term instanceof PlanTerm.Monthly;
    }

    public Plan retired() {
        return new Plan(id, title, price, term, false);
    }
}
