package io.vipgate.domain.time;

/** A duration that is not in the syntax people type or lies outside the allowed bounds. */
public final class InvalidDurationException extends IllegalArgumentException {

    private final String input;

    public InvalidDurationException(String input) {
        super("Not a duration: '" + input + "'. Use " + VipDuration.SYNTAX + ".");
        this.input = input;
    }

    public String input() {
        return input;
    }
}
