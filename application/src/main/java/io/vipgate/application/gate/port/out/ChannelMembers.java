package io.vipgate.application.gate.port.out;

import io.vipgate.domain.gate.MemberStatus;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Who the bot has seen join and leave the VIP channel, and the gate's removals in the subscription history. */
public interface ChannelMembers {

    /** The user's standing as last seen at {@code at} (a newer sighting is never overwritten by an older one). */
    CompletionStage<Void> seen(long userId, MemberStatus status, Instant at);

    /** Records that the gate removed the user at {@code at} (their standing becomes LEFT, a history line is added). */
    CompletionStage<Void> turnedAway(long userId, Instant at);

    /**
     * Up to {@code limit} users last seen inside as participants who have no active subscription at {@code now} and
     * were not checked since {@code checkedBefore}, least recently checked first.
     */
    CompletionStage<List<Long>> insideWithoutRight(Instant now, Instant checkedBefore, int limit);

    /** Records that the sweep asked Telegram about the user at {@code at}. */
    CompletionStage<Void> checked(long userId, Instant at);

    /** How many users the bot believes are participants of the channel now. */
    CompletionStage<Long> countInside();

    /** How many users the gate has removed for joining without the right, ever. */
    CompletionStage<Long> countTurnedAway();
}
