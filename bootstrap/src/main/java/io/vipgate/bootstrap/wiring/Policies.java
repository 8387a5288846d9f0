package io.vipgate.bootstrap.wiring;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.bootstrap.config.BotConfig;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.DurationList;
import io.vipgate.domain.time.VipDuration;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** The clock, the randomness and the bot's policy that the use cases are built with. */
public class Policies {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Produces
    @Singleton
    BotPolicy botPolicy(BotConfig config) {
        return new BotPolicy(
                config.adminIds(),
                ReminderSchedule.of(DurationList.parse(config.reminderOffsets())),
                VipDuration.parse(config.tokenValidity()).value(),
                config.inviteLinkLifetime());
    }
}
