package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignedIn;

/** A dashboard request handled for a signed-in admin (and, for a change, with the form's CSRF token checked). */
@FunctionalInterface
interface AdminHandler {

    void handle(RoutingContext context, SignedIn admin);
}
