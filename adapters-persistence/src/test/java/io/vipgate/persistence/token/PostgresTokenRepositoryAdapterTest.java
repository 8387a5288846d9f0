package io.vipgate.persistence.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.persistence.Sql;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Invitation tokens stored by hash and prefix, listed, looked up and revoked, against a real PostgreSQL. */
@QuarkusTest
class PostgresTokenRepositoryAdapterTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits only, so that a test decides where {@code _} and {@code -} appear. */
    private static final String PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** The hash {@code RevokeTokenService} sends for a lookup by prefix alone. */
    private static final TokenHash NO_HASH = new TokenHash("0".repeat(64));
    /** No stored prefix starts with this: it is outside the token alphabet. */
    private static final String NO_PREFIX = "!none";

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    DataSource database;

    @Test
    void addedToken_isLive_andItsRowHoldsOnlyHashAndPrefixNeverTheText() {
        TokenSecret secret = TokenSecret.generate(RANDOM);
        InvitationToken token = InvitationToken.mint(secret, VipDuration.ofDays(30), 3, Duration.ofDays(7), 42L, now);

        Await.result(tokens.add(token));

        assertThat(Await.result(tokens.live(now))).contains(token);
        String row = Sql.one(
                database,
                String.class,
                "SELECT t::text FROM invitation_token t WHERE hash = ?",
                secret.hash().hex());
        assertThat(row)
                .contains(secret.hash().hex())
                .contains(secret.prefix())
                .doesNotContain(secret.value())
                .doesNotContain(secret.value().substring(TokenSecret.PREFIX_LENGTH));
        assertThat(Sql.one(
                        database,
                        Long.class,
                        "SELECT count(*) FROM invitation_token t WHERE strpos(t::text, ?) > 0",
                        secret.value()))
                .isZero();
    }

    @Test
    void addingTheSameHashTwice_isRefused() {
        InvitationToken token = stored(secretStartingWith(plain(6)), now, Duration.ofDays(7), 0);

        assertThatThrownBy(() -> Await.result(tokens.add(token))).hasStackTraceContaining("invitation_token_hash_key");
        assertThat(Await.result(tokens.findByHashOrPrefix(token.hash(), NO_PREFIX)))
                .hasSize(1);
    }

    @Test
    void live_excludesRevokedExpiredAndUsedUpTokens_andOnesEndingNow() {
        InvitationToken fresh = stored(TokenSecret.generate(RANDOM), now, Duration.ofDays(7), 0);
        InvitationToken partlyUsed = stored(TokenSecret.generate(RANDOM), now, Duration.ofDays(7), 1);
        InvitationToken usedUp = stored(TokenSecret.generate(RANDOM), now, Duration.ofDays(7), 2);
        InvitationToken revoked = stored(TokenSecret.generate(RANDOM), now, Duration.ofDays(7), 0);
        Await.result(tokens.revoke(revoked.hash()));
        InvitationToken expired =
                stored(TokenSecret.generate(RANDOM), now.minus(Duration.ofDays(8)), Duration.ofDays(7), 0);
        InvitationToken endingNow =
                stored(TokenSecret.generate(RANDOM), now.minus(Duration.ofDays(1)), Duration.ofDays(1), 0);

        List<TokenHash> live = Await.result(tokens.live(now)).stream()
                .map(InvitationToken::hash)
                .toList();

        assertThat(live)
                .contains(fresh.hash(), partlyUsed.hash())
                .doesNotContain(usedUp.hash(), revoked.hash(), expired.hash(), endingNow.hash());
    }

    @Test
    void live_listsNewestFirst_andTheLaterAddedFirstWhenMintedTogether() {
        InvitationToken middle =
                stored(TokenSecret.generate(RANDOM), now.minus(Duration.ofHours(2)), Duration.ofDays(7), 0);
        InvitationToken newest =
                stored(TokenSecret.generate(RANDOM), now.minus(Duration.ofHours(1)), Duration.ofDays(7), 0);
        InvitationToken oldest =
                stored(TokenSecret.generate(RANDOM), now.minus(Duration.ofHours(3)), Duration.ofDays(7), 0);
        InvitationToken oldestTwin =
                stored(TokenSecret.generate(RANDOM), now.minus(Duration.ofHours(3)), Duration.ofDays(7), 0);
        Set<TokenHash> ours = Set.of(middle.hash(), newest.hash(), oldest.hash(), oldestTwin.hash());

        List<InvitationToken> live = Await.result(tokens.live(now));

        assertThat(live)
                .isSortedAccordingTo(
                        Comparator.comparing(InvitationToken::mintedAt).reversed());
        assertThat(live.stream().map(InvitationToken::hash).filter(ours::contains))
                .containsExactly(newest.hash(), middle.hash(), oldestTwin.hash(), oldest.hash());
    }

    @Test
    void findByHashOrPrefix_findsByExactHash() {
        InvitationToken token = stored(TokenSecret.generate(RANDOM), now, Duration.ofDays(7), 1);

        assertThat(Await.result(tokens.findByHashOrPrefix(token.hash(), NO_PREFIX)))
                .containsExactly(token);
        assertThat(Await.result(
                        tokens.findByHashOrPrefix(TokenSecret.generate(RANDOM).hash(), NO_PREFIX)))
                .isEmpty();
    }

    @Test
    void findByHashOrPrefix_findsEveryTokenWhosePrefixStartsWithTheText_andOnlyAtTheStart() {
        String start = plain(5);
        InvitationToken token = stored(secretStartingWith(start + plain(1)), now, Duration.ofDays(7), 0);
        InvitationToken sibling = stored(secretStartingWith(start + plain(1)), now, Duration.ofDays(7), 0);
        InvitationToken shifted = stored(secretStartingWith("Z" + start), now, Duration.ofDays(7), 0);

        List<InvitationToken> found = Await.result(tokens.findByHashOrPrefix(NO_HASH, start));

        assertThat(found)
                .contains(token, sibling)
                .doesNotContain(shifted)
                .allSatisfy(t -> assertThat(t.prefix()).startsWith(start));
        assertThat(Await.result(tokens.findByHashOrPrefix(NO_HASH, token.prefix())))
                .contains(token);
    }

    @Test
    void findByHashOrPrefix_matchesUnderscoreAndHyphenLiterally_notAsWildcards() {
        String head = plain(2);
        String tail = plain(3);
        InvitationToken underscore = stored(secretStartingWith(head + "_" + tail), now, Duration.ofDays(7), 0);
        InvitationToken hyphen = stored(secretStartingWith(head + "-" + tail), now, Duration.ofDays(7), 0);
        InvitationToken letter = stored(secretStartingWith(head + "x" + tail), now, Duration.ofDays(7), 0);

        List<InvitationToken> byUnderscore = Await.result(tokens.findByHashOrPrefix(NO_HASH, head + "_" + tail));
        List<InvitationToken> byHyphen = Await.result(tokens.findByHashOrPrefix(NO_HASH, head + "-" + tail));

        assertThat(byUnderscore).containsExactly(underscore);
        assertThat(byHyphen).containsExactly(hyphen);
        assertThat(Await.result(tokens.findByHashOrPrefix(NO_HASH, head + "x" + tail)))
                .containsExactly(letter);
        assertThat(Await.result(tokens.findByHashOrPrefix(NO_HASH, "%"))).isEmpty();
    }

    @Test
    void revoke_isTrueTheFirstTimeOnly_andFalseForAnUnknownHash() {
        InvitationToken token = stored(TokenSecret.generate(RANDOM), now, Duration.ofDays(7), 0);

        assertThat(Await.result(tokens.revoke(token.hash()))).isTrue();
        assertThat(Await.result(tokens.revoke(token.hash()))).isFalse();
        assertThat(Await.result(tokens.revoke(TokenSecret.generate(RANDOM).hash())))
                .isFalse();
        assertThat(Await.result(tokens.findByHashOrPrefix(token.hash(), NO_PREFIX)))
                .containsExactly(token.revokedNow());
    }

    /** Stores a two-use token for {@code secret}, minted at {@code mintedAt}, with {@code uses} already spent. */
    private InvitationToken stored(TokenSecret secret, Instant mintedAt, Duration validity, int uses) {
        InvitationToken token = new InvitationToken(
                secret.hash(),
                secret.prefix(),
                VipDuration.ofDays(3),
                2,
                uses,
                mintedAt,
                mintedAt.plus(validity),
                42L,
                false);
        Await.result(tokens.add(token));
        return token;
    }

    private static TokenSecret secretStartingWith(String start) {
        return new TokenSecret(start + plain(TokenSecret.GENERATED_LENGTH - start.length()));
    }

    private static String plain(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(PLAIN.charAt(RANDOM.nextInt(PLAIN.length())));
        }
        return text.toString();
    }
}
