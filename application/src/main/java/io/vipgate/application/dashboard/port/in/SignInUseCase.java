package io.vipgate.application.dashboard.port.in;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Getting into the admin dashboard: a one-time link that {@code /admin} sends, or a Mini App whose {@code initData}
 * the adapter has verified; either opens a session, and every page asks for that session again.
 */
public interface SignInUseCase {

    /** How long a one-time link can be used. */
    Duration LINK_VALIDITY = java.time.Duration.ofMinutes(10);
    /** How long a session lasts, from sign-in, however busy. */
    Duration SESSION_VALIDITY = java.time.Duration.ofHours(12);

    CompletionStage<LoginLink> issueLink(long adminId);

    /** Empty for a link that is unknown, used, expired, or whose admin is no longer in {@code ADMIN_IDS}. */
    CompletionStage<Optional<DashboardSession>> redeemLink(String secret);

    /** Empty for a user who is not in {@code ADMIN_IDS}. */
    CompletionStage<Optional<DashboardSession>> openMiniApp(long userId);

    /** Empty for a session that is unknown, expired, or whose admin is no longer in {@code ADMIN_IDS}. */
    CompletionStage<Optional<SignedIn>> session(String secret);
}
