package io.vipgate.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.Sql;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The users the bot has seen, inserted, refreshed and marked unreachable, against a real PostgreSQL. */
@QuarkusTest
class PostgresUserRepositoryAdapterTest {

    @Inject
    PostgresUserRepositoryAdapter users;

    @Inject
    DataSource database;

    @Test
    void upsert_insertsANewUser_asFindReturnsIt() {
        BotUser user = BotUser.seen(TestIds.user(), "Ana", "García", "ana_g", "es-ES");

        Await.result(users.upsert(user));

        assertThat(Await.result(users.find(user.id()))).contains(user);
    }

    @Test
    void upsert_refreshesChangedNamesUsernameAndLanguage_clearsAbsentNames_butKeepsAKnownLanguage() {
        long id = TestIds.user();
        Await.result(users.upsert(BotUser.seen(id, "Ana", "García", "ana_g", "es")));
        BotUser renamed = BotUser.seen(id, "Anita", null, "anita", "en");

        Await.result(users.upsert(renamed));

        assertThat(Await.result(users.find(id))).contains(renamed);
        Await.result(users.upsert(BotUser.seen(id, "Anita", "G", null, null)));
        assertThat(Await.result(users.find(id))).contains(BotUser.seen(id, "Anita", "G", null, "en"));
    }

    @Test
    void upsertOfAnUnchangedUser_leavesTheRowUntouched_whileAChangeStampsIt() {
        BotUser user = BotUser.seen(TestIds.user(), "Ben", null, null, "en");
        Await.result(users.upsert(user));
        Instant written = updatedAt(user.id());

        Await.result(users.upsert(user));
        assertThat(updatedAt(user.id())).isEqualTo(written);

        Await.result(users.upsert(BotUser.seen(user.id(), "Benjamin", null, null, "en")));
        assertThat(updatedAt(user.id())).isAfter(written);
    }

    @Test
    void upsert_makesAnUnreachableUserReachableAgain() {
        BotUser user = BotUser.seen(TestIds.user(), "Cleo", "Diaz", "cleo", "es");
        Await.result(users.upsert(user));
        Await.result(users.markUnreachable(user.id()));
        assertThat(Await.result(users.find(user.id()))).contains(user.unreachable());

        Await.result(users.upsert(user));

        assertThat(Await.result(users.find(user.id()))).contains(user);
    }

    @Test
    void markUnreachable_keepsAKnownUsersNames_andRepeatingItWritesNothing() {
        BotUser user = BotUser.seen(TestIds.user(), "Dana", null, "dana", null);
        Await.result(users.upsert(user));

        Await.result(users.markUnreachable(user.id()));
        Instant marked = updatedAt(user.id());
        Await.result(users.markUnreachable(user.id()));

        assertThat(Await.result(users.find(user.id()))).contains(user.unreachable());
        assertThat(updatedAt(user.id())).isEqualTo(marked);
    }

    @Test
    void markUnreachable_recordsAUserTheBotNeverSaw() {
        long id = TestIds.user();

        Await.result(users.markUnreachable(id));

        assertThat(Await.result(users.find(id)))
                .contains(new BotUser(id, "", Optional.empty(), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void find_isEmptyForAUserTheBotNeverSaw() {
        assertThat(Await.result(users.find(TestIds.user()))).isEmpty();
    }

    private Instant updatedAt(long id) {
        return Sql.one(database, Instant.class, "SELECT updated_at FROM app_user WHERE id = ?", id);
    }
}
