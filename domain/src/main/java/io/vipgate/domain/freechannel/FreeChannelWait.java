package io.vipgate.domain.freechannel;

import java.time.Duration;

/** How long a free-channel join request waits before approval; zero approves at once. */
public record FreeChannelWait(Duration value) {

    public static final FreeChannelWait DEFAULT = ofMinutes(5);
    /** One year: a longer wait is a typo, not a policy. */
    public static final long MAX_MINUTES = 525_600;

    public FreeChannelWait {
        if (value == null
                || value.isNegative()
                || value.toMinutes() > MAX_MINUTES
                || value.toSecondsPart() != 0
                || value.getNano() != 0) {
            throw new IllegalArgumentException("the wait must be whole minutes between 0 and " + MAX_MINUTES);
        }
    }

    public static FreeChannelWait ofMinutes(long minutes) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("the wait must be whole minutes between 0 and " + MAX_MINUTES);
        }
        return new FreeChannelWait(Duration.ofMinutes(minutes));
    }

    public long minutes() {
        return value.toMinutes();
    }
}
