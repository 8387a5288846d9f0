package io.vipgate.application.jobs.port.out;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.user.BotUser;
import java.util.Objects;

/** A subscription a job has claimed, with its user (language, reachability) read in the same go. */
public record DueSubscription(Subscription subscription, BotUser user) {

    public DueSubscription {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(user, "user");
    }

    public long userId() {
        return subscription.userId();
    }
}
