package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} does, held against the in-memory fake and the PostgreSQL adapter alike. */
public abstract class UserRepositoryContract {

    protected abstract UserRepository users();

    @Test
    void aUserNeverSeen_isNotFound() {
        assertThat(Await.result(users().find(TestIds.user()))).isEmpty();
    }

    @Test
    void upsert_storesTheUser_asFindReturnsIt() {
        BotUser user = BotUser.seen(TestIds.user(), "Ana", "García", "ana_g", "es");

        Await.result(users().upsert(user));

        assertThat(Await.result(users().find(user.id()))).contains(user);
    }

    @Test
    void upsert_refreshesNames_butKeepsAKnownLanguageWhenTelegramSendsNone() {
        long id = TestIds.user();
        Await.result(users().upsert(BotUser.seen(id, "Ana", "García", "ana_g", "es")));

        Await.result(users().upsert(BotUser.seen(id, "Anita", null, null, null)));

        assertThat(Await.result(users().find(id))).contains(BotUser.seen(id, "Anita", null, null, "es"));
    }

    @Test
    void markUnreachable_keepsTheUser_andTheirNextUpsertMakesThemReachableAgain() {
        BotUser user = BotUser.seen(TestIds.user(), "Cleo", null, "cleo", "en");
        Await.result(users().upsert(user));

        Await.result(users().markUnreachable(user.id()));
        assertThat(Await.result(users().find(user.id()))).contains(user.unreachable());

        Await.result(users().upsert(user));
        assertThat(Await.result(users().find(user.id()))).contains(user);
    }

    @Test
    void markUnreachable_ofAUserNeverSeen_recordsThemAsUnreachable() {
        long id = TestIds.user();

        Await.result(users().markUnreachable(id));

        assertThat(Await.result(users().find(id))).hasValueSatisfying(user -> {
            assertThat(user.id()).isEqualTo(id);
            assertThat(user.reachable()).isFalse();
        });
    }
}
