package io.vipgate.bootstrap.wiring;

import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.application.gate.port.out.ChannelMembers;
import io.vipgate.application.gate.port.out.InviteLinks;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.stats.port.out.StatsRepository;
import io.vipgate.application.subscription.CachingSubscriptionRepository;
import io.vipgate.application.subscription.EvictingSubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.token.port.out.RedemptionAttempts;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.application.user.RememberingUserRepository;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.persistence.broadcast.PostgresBroadcastAdapter;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.gate.PostgresChannelMembersAdapter;
import io.vipgate.persistence.gate.PostgresInviteLinksAdapter;
import io.vipgate.persistence.jobs.PostgresDueJoinRequestsAdapter;
import io.vipgate.persistence.jobs.PostgresDueSubscriptionsAdapter;
import io.vipgate.persistence.stats.PostgresStatsAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The out-ports as the use cases see them, composed once: the cache in front of subscription reads and
 * behind every ledger write. Kept off the bean graph as port types so no adapter is injected by accident.
 */
@Singleton
public class OutPorts {

    /**
     * How long a sender this process just wrote is taken as unchanged (see RememberingUserRepository): at 30 s the
     * re-writes of 10,000 users were a fifth of a core of PostgreSQL at 2,000 updates/s.
     */
    private static final Duration SENDER_MEMORY = Duration.ofMinutes(10);

    private final SubscriptionLedger ledger;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionRepository uncachedSubscriptions;
    private final TokenRepository tokens;
    private final UserRepository users;
    private final PostgresFreeChannelAdapter freeChannel;
    private final StatsRepository stats;
    private final VipChannel vipChannel;
    private final RedemptionAttempts attempts;
    private final DueSubscriptions dueSubscriptions;
    private final DueJoinRequests dueJoinRequests;
    private final BroadcastStore broadcasts;
    private final ChannelMembers channelMembers;
    private final InviteLinks inviteLinks;

    OutPorts(
            PostgresSubscriptionLedgerAdapter ledger,
            PostgresSubscriptionRepositoryAdapter subscriptions,
            PostgresTokenRepositoryAdapter tokens,
            PostgresUserRepositoryAdapter users,
            PostgresFreeChannelAdapter freeChannel,
            PostgresStatsAdapter stats,
            VipChannel vipChannel,
            SubscriptionCache cache,
            RedemptionAttempts attempts,
            Clock clock,
            PostgresDueSubscriptionsAdapter dueSubscriptions,
            PostgresDueJoinRequestsAdapter dueJoinRequests,
            PostgresBroadcastAdapter broadcasts,
            PostgresChannelMembersAdapter channelMembers,
            PostgresInviteLinksAdapter inviteLinks) {
        this.ledger = new EvictingSubscriptionLedger(ledger, cache);
        this.subscriptions = new CachingSubscriptionRepository(subscriptions, cache, clock);
        this.uncachedSubscriptions = subscriptions;
        this.tokens = tokens;
        this.users = new RememberingUserRepository(users, clock, SENDER_MEMORY);
        this.freeChannel = freeChannel;
        this.stats = stats;
        this.vipChannel = vipChannel;
        this.attempts = attempts;
        this.dueSubscriptions = dueSubscriptions;
        this.dueJoinRequests = dueJoinRequests;
        this.broadcasts = broadcasts;
        this.channelMembers = channelMembers;
        this.inviteLinks = inviteLinks;
    }

    public SubscriptionLedger ledger() {
        return ledger;
    }

    /** Through the cache: for answers to users. */
    public SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    /** Straight from PostgreSQL: for decisions that must see the last commit, such as a kick. */
    public SubscriptionRepository uncachedSubscriptions() {
        return uncachedSubscriptions;
    }

    public TokenRepository tokens() {
        return tokens;
    }

    public UserRepository users() {
        return users;
    }

    public JoinRequestRepository joinRequests() {
        return freeChannel;
    }

    public SettingsRepository settings() {
        return freeChannel;
    }

    public StatsRepository stats() {
        return stats;
    }

    public VipChannel vipChannel() {
        return vipChannel;
    }

    public RedemptionAttempts attempts() {
        return attempts;
    }

    /** The expiry and reminder jobs' claims on due subscriptions. */
    public DueSubscriptions dueSubscriptions() {
        return dueSubscriptions;
    }

    /** The free-channel approval job's claims on join requests whose wait is over. */
    public DueJoinRequests dueJoinRequests() {
        return dueJoinRequests;
    }

    public BroadcastStore broadcasts() {
        return broadcasts;
    }

    /** Who the bot has seen join and leave the VIP channel. */
    public ChannelMembers channelMembers() {
        return channelMembers;
    }

    /** The personal invite links issued, so that a new one revokes the last. */
    public InviteLinks inviteLinks() {
        return inviteLinks;
    }
}
