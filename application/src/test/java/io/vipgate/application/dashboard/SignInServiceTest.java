package io.vipgate.application.dashboard;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.dashboard.port.in.DashboardSession;
import io.vipgate.application.dashboard.port.in.LoginLink;
import io.vipgate.application.dashboard.port.in.SignInUseCase;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemoryDashboardCredentials;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.user.RecognizeAdminsService;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One-time links last 10 minutes and open one session; sessions last 12 hours; only admins get either. */
class SignInServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryDashboardCredentials credentials = new InMemoryDashboardCredentials();
    private final SignInUseCase signIn =
            new SignInService(credentials, new RecognizeAdminsService(Fixtures.POLICY), new SecureRandom(), clock);

    @Test
    void aLink_opensOneSession_andNeverASecond() {
        LoginLink link = join(signIn.issueLink(ADMIN));

        DashboardSession session = join(signIn.redeemLink(link.secret())).orElseThrow();

        assertThat(session.signedIn().adminId()).isEqualTo(ADMIN);
        assertThat(join(signIn.session(session.secret()))).contains(session.signedIn());
        assertThat(join(signIn.redeemLink(link.secret()))).isEmpty();
    }

    @Test
    void aLink_worksUpToTenMinutes_andNotAfter() {
        LoginLink early = join(signIn.issueLink(ADMIN));
        LoginLink late = join(signIn.issueLink(ADMIN));
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        assertThat(join(signIn.redeemLink(early.secret()))).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(join(signIn.redeemLink(late.secret()))).isEmpty();
    }

    @Test
    void aSession_endsAfterTwelveHours() {
        DashboardSession session = join(signIn.openMiniApp(ADMIN)).orElseThrow();

        clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertThat(join(signIn.session(session.secret()))).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(join(signIn.session(session.secret()))).isEmpty();
    }

    @Test
    void onlyAdmins_getALinkOrAMiniAppSession() {
        assertThatThrownBy(() -> signIn.issueLink(USER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(join(signIn.openMiniApp(USER))).isEmpty();
    }

    @Test
    void unknownOrBlankSecrets_openNothing() {
        assertThat(join(signIn.redeemLink("not-a-link"))).isEmpty();
        assertThat(join(signIn.redeemLink(""))).isEmpty();
        assertThat(join(signIn.session(null))).isEmpty();
    }

    @Test
    void onlyHashesAreStored_neverTheSecrets() {
        LoginLink link = join(signIn.issueLink(ADMIN));
        DashboardSession session =
                join(signIn.redeemLink(join(signIn.issueLink(ADMIN)).secret())).orElseThrow();

        assertThat(credentials.storedHashes())
                .doesNotContain(link.secret(), session.secret())
                .contains(Secrets.hash(link.secret()), Secrets.hash(session.secret()));
    }

    @Test
    void everySessionHasItsOwnCsrfToken() {
        DashboardSession one = join(signIn.openMiniApp(ADMIN)).orElseThrow();
        DashboardSession two = join(signIn.openMiniApp(ADMIN)).orElseThrow();

        assertThat(one.signedIn().csrfToken())
                .hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(two.signedIn().csrfToken());
    }
}
