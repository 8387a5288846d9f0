package io.vipgate.domain.payment;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** What a plan sells: a duration bought once (it stacks like a token), or a monthly Stars subscription. */
public sealed interface PlanTerm {

    /** The one period Telegram allows for Stars subscriptions: 30 days ({@code subscription_period=2592000}). */
    Duration MONTHLY_PERIOD = Duration.ofSeconds(2_592_000);

    /** {@code monthly}, or a duration such as {@code 30d}; a bad duration throws with the syntax. */
    static PlanTerm parse(String text) {
        if (text != null && text.strip().toLowerCase(Locale.ROOT).equals("monthly")) {
            return new Monthly();
        }
        return new OneTime(VipDuration.parse(text));
    }

    /** The time one payment buys, for taking it back after a refund. */
    Duration period();

    /** Sold once; stacks on the time left. */
    record OneTime(VipDuration duration) implements PlanTerm {
        public OneTime {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Duration period() {
            return duration.value();
        }
    }

    /** Renewed by Telegram every 30 days until cancelled. */
    record Monthly() implements PlanTerm {
        @Override
        public Duration period() {
            return MONTHLY_PERIOD;
        }
    }
}
