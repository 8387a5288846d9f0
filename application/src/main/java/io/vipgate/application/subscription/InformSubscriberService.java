package io.vipgate.application.subscription;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.subscription.port.in.InformSubscriberUseCase;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Words an admin's change to a user's access as a notice in the user's language. A user the bot never saw
 * is still tried (in the default language): Telegram, not our records, knows whether they can be reached.
 */
public final class InformSubscriberService implements InformSubscriberUseCase {

    private final UserRepository users;
    private final VipChannel channel;
    private final Notifier notifier;
    private final BotPolicy policy;
    private final Clock clock;

    public InformSubscriberService(UserRepository users, VipChannel channel, Notifier notifier, BotPolicy policy,
                                   Clock clock) {
        this.users = users;
        this.channel = channel;
        this.notifier = notifier;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Delivery> accessGranted(long userId, Instant expiresAt) {
        return neverFailing(userId, user -> channel
                .createInviteLink(userId, user.displayName(), clock.instant().plus(policy.inviteLinkLifetime()))
                .thenCompose(link -> notifier.send(user, new Notice.AccessGranted(expiresAt, link))));
    }

    @Override
    public CompletionStage<Delivery> accessRevoked(long userId) {
        return neverFailing(userId, user -> notifier.send(user, new Notice.AccessRevoked()));
    }

    private CompletionStage<Delivery> neverFailing(long userId, Function<BotUser, CompletionStage<Delivery>> send) {
        return users.find(userId)
                .thenCompose(found -> send.apply(found.orElseGet(() -> BotUser.seen(userId, "", null, null, null))))
                .exceptionally(failure -> Delivery.FAILED);
    }
}
