package io.vipgate.domain.payment;

/** A price in Telegram Stars (currency {@code XTR}): a whole number from 1 to 10000, as Telegram allows. */
public record Stars(int amount) {

    public static final int MIN = 1;
    public static final int MAX = 10_000;
    /** Telegram's currency code for Stars. */
    public static final String CURRENCY = "XTR";

    public Stars {
        if (amount < MIN || amount > MAX) {
            throw new IllegalArgumentException("a price is " + MIN + " to " + MAX + " Stars, not " + amount);
        }
    }

    /** What a person typed; anything but a whole number from 1 to 10000 is rejected. */
    public static Stars parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("a price is a whole number of Stars, not " + text);
        }
        return new Stars(Integer.parseInt(trimmed));
    }
}
