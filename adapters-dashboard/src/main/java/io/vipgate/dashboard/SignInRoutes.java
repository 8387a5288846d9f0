package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignInUseCase;
import io.vipgate.dashboard.InitDataCheck.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Signing in. A one-time link opens a page whose button posts the link's secret: a GET alone never uses it, as
 * link previews and scanners fetch links. A Mini App posts its {@code initData}. Both are rate limited per address.
 */
@ApplicationScoped
public class SignInRoutes {

    private static final Logger LOG = Logger.getLogger(SignInRoutes.class);

    private final SignInUseCase signIn;
    private final Views views;
    private final InitDataCheck initData;
    private final SignInLimiter limiter;
    private final Clock clock;

    SignInRoutes(SignInUseCase signIn, Views views, DashboardConfig config, Clock clock) {
        this.signIn = signIn;
        this.views = views;
        this.initData = new InitDataCheck(config.botToken());
        this.limiter = new SignInLimiter(config.signInAttemptsPerMinute(), clock);
        this.clock = clock;
    }

    void linkPage(RoutingContext context) {
        views.plain(context, 200, "link", Map.of("token", Http.query(context, "token")));
    }

    void useLink(RoutingContext context) {
        if (!limiter.tryAttempt(Http.client(context))) {
            views.error(context, 429, "Too many sign-in attempts. Wait a minute and try again.");
            return;
        }
        Guard.then(
                context,
                signIn.redeemLink(Http.form(context, "token")),
                session -> session.ifPresentOrElse(
                        opened -> {
                            LOG.infof(
                                    "Dashboard sign-in: admin_id=%d by=link",
                                    opened.signedIn().adminId());
                            Sessions.set(context, opened);
                            // A page, not a redirect: after a cross-site arrival a redirect would not carry a Strict
                            // cookie.
                            views.plain(context, 200, "welcome", Map.of());
                        },
                        () -> views.error(
                                context,
                                401,
                                "This sign-in link was used already or has expired. "
                                        + "Send /admin to the bot for a new one.")));
    }

    void miniApp(RoutingContext context) {
        if (!limiter.tryAttempt(Http.client(context))) {
            context.response().setStatusCode(429).end();
            return;
        }
        switch (initData.check(Http.form(context, "initData"), clock.instant())) {
            case Verdict.Forged forged -> context.response().setStatusCode(401).end();
            case Verdict.Expired expired ->
                context.response().setStatusCode(401).end();
            case Verdict.Valid valid ->
                Guard.then(
                        context,
                        signIn.openMiniApp(valid.userId()),
                        session -> session.ifPresentOrElse(
                                opened -> {
                                    LOG.infof("Dashboard sign-in: admin_id=%d by=mini-app", valid.userId());
                                    Sessions.set(context, opened);
                                    context.response().setStatusCode(204).end();
                                },
                                () -> {
                                    LOG.infof("Dashboard sign-in refused to a non-admin: user_id=%d", valid.userId());
                                    context.response().setStatusCode(403).end();
                                }));
        }
    }
}
