package io.vipgate.dashboard;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Lets a request through to its handler only with a live session (401 otherwise) and, for a change, only with that
 * session's CSRF token in the form (403 otherwise). Every change that gets through is logged with the admin's id.
 */
@ApplicationScoped
public class Guard {

    private static final Logger LOG = Logger.getLogger(Guard.class);

    private final Sessions sessions;
    private final Views views;

    Guard(Sessions sessions, Views views) {
        this.sessions = sessions;
        this.views = views;
    }

    Handler<RoutingContext> page(AdminHandler handler) {
        return context -> signedIn(context, 401, admin -> handler.handle(context, admin));
    }

    /** The dashboard's root: its sign-in page is where a Mini App starts, so it is a 200 without a session. */
    Handler<RoutingContext> landing(AdminHandler handler) {
        return context -> signedIn(context, 200, admin -> handler.handle(context, admin));
    }

    Handler<RoutingContext> change(String action, AdminHandler handler) {
        return context -> signedIn(context, 401, admin -> {
            if (!Sessions.csrfValid(context, admin)) {
                LOG.warnf(
                        "Dashboard change refused without a valid CSRF token: admin_id=%d action=%s",
                        admin.adminId(), action);
                views.error(
                        context,
                        403,
                        "This form has expired or did not come from the dashboard. "
                                + "Reload the page and try again.");
                return;
            }
            handler.handle(context, admin);
        });
    }

    /** Logs a change an admin made through the dashboard, in one structured line. */
    static void audit(SignedIn admin, String action, String details) {
        LOG.infof("Dashboard change: admin_id=%d action=%s %s", admin.adminId(), action, details);
    }

    /** Runs {@code then} with the stage's result; a failure becomes a 500 page. */
    static <T> void then(RoutingContext context, CompletionStage<T> stage, Consumer<T> then) {
        stage.whenComplete((result, failure) -> {
            if (failure != null) {
                context.fail(failure);
                return;
            }
            try {
                then.accept(result);
            } catch (RuntimeException broken) {
                context.fail(broken);
            }
        });
    }

    private void signedIn(RoutingContext context, int statusWithout, Consumer<SignedIn> then) {
        then(
                context,
                sessions.of(context),
                found -> found.ifPresentOrElse(
                        then,
                        () -> views.plain(
                                context,
                                statusWithout,
                                "signin",
                                Map.of("expired", context.request().getCookie(Sessions.COOKIE) != null))));
    }
}
