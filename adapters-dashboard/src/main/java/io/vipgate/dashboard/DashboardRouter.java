package io.vipgate.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * {@code /admin/}: the dashboard's routes, plain Vert.x routes beside the webhook's (no REST layer). Anything else
 * under {@code /admin/} is a 404, for signed-in admins and strangers alike.
 */
@ApplicationScoped
public class DashboardRouter {

    static final String ROOT = "/admin/";
    /** Forms carry a few fields; a broadcast's text is the largest, at 4,096 characters. */
    private static final long MAX_FORM_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(DashboardRouter.class);

    private final Guard guard;
    private final Views views;
    private final SignInRoutes signIn;
    private final OverviewRoute overview;
    private final SubscriberRoutes subscribers;
    private final ExportRoutes exports;
    private final Assets assets;
    private final TokenRoutes tokens;
    private final PlanRoutes plans;
    private final PaymentRoutes payments;
    private final BroadcastRoutes broadcasts;

    DashboardRouter(
            Guard guard,
            Views views,
            SignInRoutes signIn,
            OverviewRoute overview,
            SubscriberRoutes subscribers,
            ExportRoutes exports,
            Assets assets,
            TokenRoutes tokens,
            PlanRoutes plans,
            PaymentRoutes payments,
            BroadcastRoutes broadcasts) {
        this.guard = guard;
        this.views = views;
        this.signIn = signIn;
        this.overview = overview;
        this.subscribers = subscribers;
        this.exports = exports;
        this.assets = assets;
        this.tokens = tokens;
        this.plans = plans;
        this.payments = payments;
        this.broadcasts = broadcasts;
    }

    void register(@Observes Router router) {
        // A regex, since the plain path "/admin" would also match "/admin/" and redirect it to itself.
        router.getWithRegex("/admin")
                .handler(context -> context.response()
                        .setStatusCode(301)
                        .putHeader(HttpHeaders.LOCATION, ROOT)
                        .end());
        router.route("/admin/*")
                .handler(BodyHandler.create(false).setBodyLimit(MAX_FORM_BYTES))
                .failureHandler(this::failed);
        router.get("/admin/static/:file").handler(assets::serve);
        router.get(ROOT).handler(guard.landing(overview::show));
        router.get("/admin/login").handler(signIn::linkPage);
        router.post("/admin/login").handler(signIn::useLink);
        router.post("/admin/auth/miniapp").handler(signIn::miniApp);
        router.get("/admin/subscribers").handler(guard.page(subscribers::list));
        router.get("/admin/subscribers/:id").handler(guard.page(subscribers::show));
        router.post("/admin/subscribers/:id/extend").handler(guard.change("extend", subscribers::extend));
        router.post("/admin/subscribers/:id/kick").handler(guard.change("kick", subscribers::kick));
        router.get("/admin/tokens").handler(guard.page(tokens::list));
        router.post("/admin/tokens").handler(guard.change("mint", tokens::mint));
        router.post("/admin/tokens/revoke").handler(guard.change("revoke", tokens::revoke));
        router.get("/admin/plans").handler(guard.page(plans::list));
        router.post("/admin/plans").handler(guard.change("create-plan", plans::create));
        router.post("/admin/plans/:id/retire").handler(guard.change("retire-plan", plans::retire));
        router.get("/admin/payments").handler(guard.page(payments::list));
        router.post("/admin/payments/refund").handler(guard.change("refund", payments::refund));
        router.get("/admin/broadcasts").handler(guard.page(broadcasts::list));
        router.post("/admin/broadcasts").handler(guard.change("broadcast", broadcasts::compose));
        router.get("/admin/export/subscribers.csv").handler(guard.page(exports::subscribers));
        router.get("/admin/export/payments.csv").handler(guard.page(exports::payments));
        router.route("/admin/*").handler(context -> views.error(context, 404, "No such page."));
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            views.error(context, 413, "That form is too large.");
            return;
        }
        LOG.errorf(
                context.failure(),
                "Dashboard request failed: %s %s",
                context.request().method(),
                context.request().path());
        views.error(context, 500, "Something went wrong. Try again in a moment.");
    }
}
