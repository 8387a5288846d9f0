package io.vipgate.application.dashboard;

import io.vipgate.application.dashboard.port.in.DashboardSession;
import io.vipgate.application.dashboard.port.in.LoginLink;
import io.vipgate.application.dashboard.port.in.SignInUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Links and sessions for the dashboard; admin rights are checked again at every step, as ADMIN_IDS may change. */
public final class SignInService implements SignInUseCase {

    private final DashboardCredentials credentials;
    private final RecognizeAdminsUseCase admins;
    private final Secrets secrets;
    private final Clock clock;

    /** {@code random} must be a {@code SecureRandom} outside tests. */
    public SignInService(DashboardCredentials credentials, RecognizeAdminsUseCase admins, Random random, Clock clock) {
        this.credentials = credentials;
        this.admins = admins;
        this.secrets = new Secrets(random);
        this.clock = clock;
    }

    @Override
    public CompletionStage<LoginLink> issueLink(long adminId) {
        if (!admins.isAdmin(adminId)) {
            throw new IllegalArgumentException("only admins get a dashboard link");
        }
        String secret = secrets.draw();
        Instant expiresAt = clock.instant().plus(LINK_VALIDITY);
        return credentials
                .saveLink(Secrets.hash(secret), adminId, expiresAt)
                .thenApply(saved -> new LoginLink(secret, expiresAt));
    }

    @Override
    public CompletionStage<Optional<DashboardSession>> redeemLink(String secret) {
        if (secret == null || secret.isBlank()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return credentials
                .useLink(Secrets.hash(secret), clock.instant())
                .thenCompose(admin -> admin.filter(admins::isAdmin)
                        .map(this::open)
                        .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())));
    }

    @Override
    public CompletionStage<Optional<DashboardSession>> openMiniApp(long userId) {
        if (!admins.isAdmin(userId)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return open(userId);
    }

    @Override
    public CompletionStage<Optional<SignedIn>> session(String secret) {
        if (secret == null || secret.isBlank()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return credentials
                .findSession(Secrets.hash(secret), clock.instant())
                .thenApply(found -> found.filter(session -> admins.isAdmin(session.adminId())));
    }

    private CompletionStage<Optional<DashboardSession>> open(long adminId) {
        String secret = secrets.draw();
        SignedIn signedIn = new SignedIn(adminId, secrets.draw());
        Instant expiresAt = clock.instant().plus(SESSION_VALIDITY);
        return credentials
                .saveSession(Secrets.hash(secret), signedIn, expiresAt)
                .thenApply(saved -> Optional.of(new DashboardSession(secret, signedIn, expiresAt)));
    }
}
