package io.vipgate.application.user;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.domain.user.BotUser;
import org.junit.jupiter.api.Test;

/** Every update refreshes its sender; a 403 marks them unreachable until they write again. */
class RecordUserServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final RecordUserService service = new RecordUserService(users);

    @Test
    void aSeenUser_isStoredWithWhatTelegramSent() {
        join(service.seen(BotUser.seen(42L, "Ana", "López", "ana_l", "es-MX")));
        assertThat(users.get(42L)).contains(BotUser.seen(42L, "Ana", "López", "ana_l", "es-MX"));
    }

    @Test
    void seeingAUserAgain_refreshesTheirDetails() {
        join(service.seen(BotUser.seen(42L, "Ana", null, "ana_l", "es")));
        join(service.seen(BotUser.seen(42L, "Ana María", null, "anita", "en")));
        assertThat(users.get(42L).orElseThrow().username()).contains("anita");
        assertThat(users.get(42L).orElseThrow().displayName()).isEqualTo("Ana María");
    }

    @Test
    void blockingTheBot_marksTheUserUnreachable_untilTheyWriteAgain() {
        join(service.seen(BotUser.seen(42L, "Ana", null, null, "es")));

        join(service.blockedBot(42L));
        assertThat(users.get(42L).orElseThrow().reachable()).isFalse();
        assertThat(users.get(42L).orElseThrow().firstName()).isEqualTo("Ana");

        join(service.seen(BotUser.seen(42L, "Ana", null, null, "es")));
        assertThat(users.get(42L).orElseThrow().reachable()).isTrue();
    }

    @Test
    void blockingTheBot_isRecordedEvenForAUserNeverSeenBefore() {
        join(service.blockedBot(77L));
        assertThat(users.get(77L))
                .hasValueSatisfying(user -> assertThat(user.reachable()).isFalse());
    }
}
