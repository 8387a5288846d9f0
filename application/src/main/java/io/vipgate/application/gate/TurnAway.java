package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.CheckVipMemberUseCase.Check;
import io.vipgate.application.gate.port.out.ChannelMembers;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Removes someone found inside the VIP channel without the right, records and counts it, and tells them. */
final class TurnAway {

    private final VipRemovals removals;
    private final ChannelMembers members;
    private final Notifier notifier;
    private final GateObserver observer;
    private final Clock clock;

    TurnAway(VipRemovals removals, ChannelMembers members, Notifier notifier, GateObserver observer, Clock clock) {
        this.removals = removals;
        this.members = members;
        this.notifier = notifier;
        this.observer = observer;
        this.clock = clock;
    }

    /** {@code via} names the path for the metric: {@code chat_member} or {@code sweep}. */
    CompletionStage<Check> apply(BotUser user, String via) {
        return removals.mayStay(user.id())
                .thenCompose(mayStay -> mayStay
                        ? CompletableFuture.completedFuture(new Check.Allowed())
                        // Asked again right before the ban: a redemption committed meanwhile lets them stay.
                        : removals.remove(user.id(), now -> !removals.isActive(now))
                                .thenCompose(removal -> switch (removal) {
                                    case Removal.Removed removed ->
                                        members.turnedAway(user.id(), clock.instant())
                                                .thenCompose(recorded -> {
                                                    observer.turnedAway(via);
                                                    return tell(user);
                                                })
                                                .thenApply(Check.TurnedAway::new);
                                    case Removal.NotWanted notWanted ->
                                        CompletableFuture.completedFuture(new Check.Allowed());
                                    case Removal.Exempt exempt ->
                                        CompletableFuture.completedFuture(new Check.Allowed());
                                    case Removal.Refused refused ->
                                        removals.tellAdmins(user.id(), refused.reason())
                                                .thenApply(told -> new Check.Refused(refused.reason()));
                                }));
    }

    /** How to subscribe, when the bot can reach them; a user who never started the bot gets a 403, recorded. */
    private CompletionStage<Delivery> tell(BotUser user) {
        if (!user.reachable()) {
            return CompletableFuture.completedFuture(Delivery.BLOCKED);
        }
        return notifier.send(user, new Notice.TurnedAway()).exceptionally(failure -> Delivery.FAILED);
    }
}
