package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignedIn;
import java.util.Map;

/**
 * The step before a change that cannot be undone: the form posts once to be asked, and again, with
 * {@code confirm=yes} and the same fields, to do it.
 */
final class Confirmation {

    private Confirmation() {}

    static boolean given(RoutingContext context) {
        return "yes".equals(Http.form(context, "confirm"));
    }

    static void ask(
            Views views,
            RoutingContext context,
            SignedIn admin,
            String nav,
            String question,
            String back,
            Map<String, String> fields) {
        views.page(
                context,
                200,
                "confirm",
                nav,
                admin,
                Map.of(
                        "question",
                        question,
                        "action",
                        context.request().path(),
                        "fields",
                        fields.entrySet(),
                        "back",
                        back));
    }
}
