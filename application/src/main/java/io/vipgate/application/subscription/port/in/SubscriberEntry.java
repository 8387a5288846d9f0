package io.vipgate.application.subscription.port.in;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.user.BotUser;

/** An active subscriber as the admin's {@code /subs} lists them. */
public record SubscriberEntry(BotUser user, Subscription subscription) {}
