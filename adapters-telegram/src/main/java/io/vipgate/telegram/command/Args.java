package io.vipgate.telegram.command;

import io.vipgate.domain.time.VipDuration;
import java.util.Optional;

/** Reads command arguments; anything missing or malformed ends in a {@link UsageException}. */
final class Args {

    private Args() {}

    static String required(Command command, int index) {
        return command.arg(index).orElseThrow(UsageException::new);
    }

    static VipDuration duration(Command command, int index) {
        try {
            return VipDuration.parse(required(command, index));
        } catch (IllegalArgumentException malformed) {
            throw new UsageException();
        }
    }

    /** A Telegram user id: a positive whole number. */
    static long userId(Command command, int index) {
        return number(required(command, index), 1, Long.MAX_VALUE);
    }

    /** An optional whole number between {@code min} and {@code max}, {@code fallback} when absent. */
    static long number(Command command, int index, long min, long max, long fallback) {
        Optional<String> text = command.arg(index);
        return text.isEmpty() ? fallback : number(text.get(), min, max);
    }

    static long number(String text, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new UsageException();
            }
            return value;
        } catch (NumberFormatException malformed) {
            throw new UsageException();
        }
    }
}
