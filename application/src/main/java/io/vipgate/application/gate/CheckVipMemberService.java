package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.out.ChannelMembers;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Records every change of standing in the VIP channel and acts only on someone coming in: a departure, a promotion
 * or a demotion of someone already inside removes nobody. The user is stored if new, but a known user's record is
 * kept as it is: an update about them is not a message from them, so it does not make them reachable again.
 */
public final class CheckVipMemberService implements CheckVipMemberUseCase {

    private final UserRepository users;
    private final ChannelMembers members;
    private final TurnAway turnAway;
    private final Clock clock;

    public CheckVipMemberService(
            UserRepository users,
            ChannelMembers members,
            VipRemovals removals,
            Notifier notifier,
            GateObserver observer,
            Clock clock) {
        this.users = users;
        this.members = members;
        this.turnAway = new TurnAway(removals, members, notifier, observer, clock);
        this.clock = clock;
    }

    @Override
    public CompletionStage<Check> changed(BotUser user, MemberStatus before, MemberStatus after) {
        Instant now = clock.instant();
        return known(user)
                .thenCompose(stored -> members.seen(stored.id(), after, now)
                        .thenCompose(seen -> after.isJoinFrom(before)
                                ? turnAway.apply(stored, "chat_member")
                                : CompletableFuture.completedFuture(new Check.NotAJoin())));
    }

    private CompletionStage<BotUser> known(BotUser user) {
        return users.find(user.id())
                .thenCompose(found -> found.isPresent()
                        ? CompletableFuture.completedFuture(found.get())
                        : users.upsert(user).thenApply(written -> user));
    }
}
