package io.vipgate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema refuses rows the domain would never produce, and keeps user data from being deleted under
 * its history. Every statement here runs in a transaction that is rolled back, accepted or not.
 */
@QuarkusTest
class SchemaConstraintTest {

    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String HASH = "'" + "a".repeat(64) + "'";
    private static final String TOKEN_COLUMNS =
            "INSERT INTO invitation_token (hash, prefix, grants_minutes, max_uses, uses, minted_at, valid_until, minted_by)";

    @Inject
    DataSource database;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    /** What is refused, and a statement that writes it; {@code :user} stands for a fresh, existing user id. */
    static Stream<Arguments> nonsense() {
        String subscription = "INSERT INTO subscription (user_id, status, period_started_at, expires_at, updated_at)"
                + " VALUES (:user, '%s', now(), now() + interval '%s', now())";
        return Stream.of(
                Arguments.of("subscription status", subscription.formatted("BOGUS", "1 day")),
                Arguments.of("subscription ending before it starts", subscription.formatted("ACTIVE", "-1 day")),
                Arguments.of(
                        "reminder offset",
                        "INSERT INTO subscription (user_id, status, period_started_at,"
                                + " expires_at, updated_at, last_reminder_seconds) VALUES (:user, 'ACTIVE', now(), now(), now(), 0)"),
                Arguments.of(
                        "history kind",
                        "INSERT INTO subscription_history (user_id, kind, at, new_expires_at)"
                                + " VALUES (:user, 'STOLEN', now(), now())"),
                Arguments.of(
                        "join request status",
                        "INSERT INTO free_join_request (user_id, chat_id, user_chat_id,"
                                + " requested_at, status) VALUES (:user, -1, 1, now(), 'MAYBE')"),
                Arguments.of(
                        "token hash that is not hex",
                        TOKEN_COLUMNS
                                + " VALUES ('not-a-hash', 'abcdef', 60, 1, 0, now(), now() + interval '1 day', :user)"),
                Arguments.of(
                        "token used more than allowed",
                        TOKEN_COLUMNS + " VALUES (" + HASH
                                + ", 'abcdef', 60, 1, 2, now(), now() + interval '1 day', :user)"),
                Arguments.of(
                        "token granting nothing",
                        TOKEN_COLUMNS + " VALUES (" + HASH
                                + ", 'abcdef', 0, 1, 0, now(), now() + interval '1 day', :user)"),
                Arguments.of(
                        "token valid only before minting",
                        TOKEN_COLUMNS + " VALUES (" + HASH
                                + ", 'abcdef', 60, 1, 0, now(), now() - interval '1 day', :user)"),
                Arguments.of(
                        "negative free-channel wait",
                        "UPDATE bot_settings SET free_channel_wait_minutes = -1" + " WHERE id = 1"),
                Arguments.of("second settings row", "INSERT INTO bot_settings (id) VALUES (2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonsense")
    void checkConstraints_refuseStatesTheDomainNeverProduces(String what, String statement) {
        long user = TestIds.user();
        String refused = Sql.rejection(
                database,
                "INSERT INTO app_user (id) VALUES (" + user + ")",
                statement.replace(":user", Long.toString(user)));

        assertThat(refused).as(what).isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void checkConstraint_refusesAUserIdTelegramNeverGives() {
        assertThat(Sql.rejection(database, "INSERT INTO app_user (id) VALUES (0)"))
                .isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void wellFormedRows_areAccepted_soTheRefusalsAboveAreAboutTheNonsense() {
        long user = TestIds.user();

        assertThat(Sql.rejection(
                        database,
                        "INSERT INTO app_user (id) VALUES (" + user + ")",
                        "INSERT INTO subscription (user_id, status, period_started_at, expires_at, updated_at)"
                                + " VALUES (" + user + ", 'ACTIVE', now(), now() + interval '1 day', now())",
                        TOKEN_COLUMNS + " VALUES (" + HASH + ", 'abcdef', 60, 1, 1, now(), now() + interval '1 day', "
                                + user + ")"))
                .isNull();
    }

    @Test
    void deletingOrRenumberingAUserWithASubscription_isRestricted() {
        long user = TestIds.user();
        Await.result(ledger.extend(user, VipDuration.ofDays(1), 7L, Instant.now(), ReminderSchedule.DEFAULT));

        assertThat(Sql.rejection(database, "DELETE FROM app_user WHERE id = " + user))
                .isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(Sql.rejection(database, "UPDATE app_user SET id = " + TestIds.user() + " WHERE id = " + user))
                .isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(Sql.one(database, Long.class, "SELECT count(*) FROM app_user WHERE id = ?", user))
                .isOne();
    }

    @Test
    void deletingARedeemedToken_isRestrictedByItsHistory() {
        Instant now = Instant.now();
        MintedToken minted = Tokens.stored(tokens, VipDuration.ofDays(1), 1, now, Duration.ofDays(7));
        Await.result(ledger.redeem(minted.token().hash(), TestIds.user(), now, ReminderSchedule.DEFAULT));

        assertThat(Sql.rejection(
                        database,
                        "DELETE FROM invitation_token WHERE hash = '"
                                + minted.token().hash().hex() + "'"))
                .isEqualTo(FOREIGN_KEY_VIOLATION);
    }
}
