package io.vipgate.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.domain.subscription.ReminderSchedule;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Admins are exactly the configured user ids. */
class RecognizeAdminsServiceTest {

    private final RecognizeAdminsService service = new RecognizeAdminsService(
            new BotPolicy(Set.of(10L, 20L), ReminderSchedule.DEFAULT, Duration.ofDays(7), Duration.ofHours(1)));

    @Test
    void onlyConfiguredIdsAreAdmins() {
        assertThat(service.isAdmin(10L)).isTrue();
        assertThat(service.isAdmin(20L)).isTrue();
        assertThat(service.isAdmin(30L)).isFalse();
        assertThat(service.isAdmin(-10L)).isFalse();
    }

    @Test
    void adminIds_listsEveryAdmin() {
        assertThat(service.adminIds()).containsExactlyInAnyOrder(10L, 20L);
    }
}
