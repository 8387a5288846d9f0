package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import io.vipgate.application.fakes.Await;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link DashboardCredentials} does, held against the in-memory fake and the PostgreSQL adapter alike. */
public abstract class DashboardCredentialsContract {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract DashboardCredentials credentials();

    private static String newHash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void aLink_isUsedOnce() {
        String hash = newHash();
        Await.result(credentials().saveLink(hash, 1001L, now.plus(Duration.ofMinutes(10))));

        assertThat(Await.result(credentials().useLink(hash, now))).contains(1001L);
        assertThat(Await.result(credentials().useLink(hash, now))).isEmpty();
    }

    @Test
    void aLinkPastItsEnd_isRefused() {
        String hash = newHash();
        Await.result(credentials().saveLink(hash, 1001L, now.plus(Duration.ofMinutes(10))));

        assertThat(Await.result(credentials().useLink(hash, now.plus(Duration.ofMinutes(10)))))
                .isEmpty();
    }

    @Test
    void anUnknownLink_isRefused() {
        assertThat(Await.result(credentials().useLink(newHash(), now))).isEmpty();
    }

    @Test
    void aSession_isFoundUntilItEnds() {
        String hash = newHash();
        SignedIn signedIn = new SignedIn(1002L, hash.substring(0, 43));
        Await.result(credentials().saveSession(hash, signedIn, now.plus(Duration.ofHours(12))));

        assertThat(Await.result(credentials().findSession(hash, now.plus(Duration.ofHours(11)))))
                .contains(signedIn);
        assertThat(Await.result(credentials().findSession(hash, now.plus(Duration.ofHours(12)))))
                .isEmpty();
        assertThat(Await.result(credentials().findSession(newHash(), now))).isEmpty();
    }
}
