package io.vipgate.application.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.domain.subscription.ReminderSchedule;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configured policy: admins, reminders, token validity, invite link lifetime. */
class BotPolicyTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void isAdmin_onlyForConfiguredIds_andLaterChangesToTheSourceSetDoNotLeakIn() {
        Set<Long> ids = new HashSet<>(Set.of(1L, 2L));
        BotPolicy policy = new BotPolicy(ids, ReminderSchedule.DEFAULT, WEEK, BotPolicy.DEFAULT_INVITE_LINK_LIFETIME);
        ids.add(3L);
        assertThat(policy.isAdmin(1L)).isTrue();
        assertThat(policy.isAdmin(2L)).isTrue();
        assertThat(policy.isAdmin(3L)).isFalse();
        assertThat(policy.isAdmin(42L)).isFalse();
    }

    @Test
    void inviteLinksLastAnHourByDefault() {
        assertThat(BotPolicy.DEFAULT_INVITE_LINK_LIFETIME).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rejectsNonPositiveTokenValidityOrLinkLifetime() {
        Set<Long> admins = Set.of(1L);
        ReminderSchedule reminders = ReminderSchedule.DEFAULT;
        Duration hour = Duration.ofHours(1);
        assertThatThrownBy(() -> new BotPolicy(admins, reminders, Duration.ZERO, hour))
                .hasMessageContaining("token");
        assertThatThrownBy(() -> new BotPolicy(admins, reminders, Duration.ofSeconds(-1), hour))
                .hasMessageContaining("token");
        assertThatThrownBy(() -> new BotPolicy(admins, reminders, WEEK, Duration.ZERO))
                .hasMessageContaining("link");
        assertThatThrownBy(() -> new BotPolicy(admins, null, WEEK, hour)).isInstanceOf(NullPointerException.class);
    }
}
