package io.vipgate.application.contract;

import static io.vipgate.application.contract.Contracts.await;
import static io.vipgate.application.contract.Contracts.freshId;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} does, held against the in-memory fake and the PostgreSQL adapter alike. */
public abstract class UserRepositoryContract {

    protected abstract UserRepository users();

    @Test
    void aUserNeverSeen_isNotFound() {
        assertThat(await(users().find(freshId()))).isEmpty();
    }

    @Test
    void upsert_storesTheUser_asFindReturnsIt() {
        BotUser user = BotUser.seen(freshId(), "Ana", "García", "ana_g", "es");

        await(users().upsert(user));

        assertThat(await(users().find(user.id()))).contains(user);
    }

    @Test
    void upsert_refreshesNames_butKeepsAKnownLanguageWhenTelegramSendsNone() {
        long id = freshId();
        await(users().upsert(BotUser.seen(id, "Ana", "García", "ana_g", "es")));

        await(users().upsert(BotUser.seen(id, "Anita", null, null, null)));

        assertThat(await(users().find(id))).contains(BotUser.seen(id, "Anita", null, null, "es"));
    }

    @Test
    void markUnreachable_keepsTheUser_andTheirNextUpsertMakesThemReachableAgain() {
        BotUser user = BotUser.seen(freshId(), "Cleo", null, "cleo", "en");
        await(users().upsert(user));

        await(users().markUnreachable(user.id()));
        assertThat(await(users().find(user.id()))).contains(user.unreachable());

        await(users().upsert(user));
        assertThat(await(users().find(user.id()))).contains(user);
    }

    @Test
    void markUnreachable_ofAUserNeverSeen_recordsThemAsUnreachable() {
        long id = freshId();

        await(users().markUnreachable(id));

        assertThat(await(users().find(id))).hasValueSatisfying(user -> {
            assertThat(user.id()).isEqualTo(id);
            assertThat(user.reachable()).isFalse();
        });
    }
}
