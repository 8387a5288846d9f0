package io.vipgate.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** Writing the dashboard's answers: HTML that no frame or cache keeps, redirects, and the client's address. */
final class Http {

    private Http() {}

    static void html(RoutingContext context, int status, String body) {
        if (context.response().ended()) {
            return;
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                // Only the app's own files run; only Telegram's web client (which shows Mini Apps in a frame) may
                // frame.
                .putHeader(
                        "Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; " + "frame-ancestors https://web.telegram.org")
                .end(body);
    }

    /** 303: after a form, the browser gets the page with a GET, so a reload does not post again. */
    static void seeOther(RoutingContext context, String location) {
        context.response()
                .setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, location)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    static String form(RoutingContext context, String name) {
        return Optional.ofNullable(context.request().getFormAttribute(name))
                .orElse("")
                .strip();
    }

    static String query(RoutingContext context, String name) {
        return Optional.ofNullable(context.request().getParam(name)).orElse("").strip();
    }

    static int page(RoutingContext context) {
        try {
            return Math.max(1, Integer.parseInt(query(context, "page")));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The peer's address; behind a platform proxy all clients share it, which only makes the limit stricter. */
    static String client(RoutingContext context) {
        return context.request().remoteAddress() == null
                ? "unknown"
                : context.request().remoteAddress().hostAddress();
    }
}
