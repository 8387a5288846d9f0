package io.vipgate.dashboard;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Renders the Qute templates under {@code templates/dashboard/}, giving each the signed-in admin and CSRF token. */
@ApplicationScoped
public class Views {

    private final Engine engine;

    Views(Engine engine) {
        this.engine = engine;
    }

    /** A page of a signed-in admin; {@code nav} marks the current tab. */
    void page(RoutingContext context, int status, String name, String nav, SignedIn admin, Map<String, Object> data) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("admin", admin.adminId());
        all.put("csrf", admin.csrfToken());
        all.put("nav", nav);
        all.put("signedIn", true);
        Http.html(context, status, render(name, all));
    }

    /** A page without a session: sign-in and errors. */
    void plain(RoutingContext context, int status, String name, Map<String, Object> data) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("signedIn", false);
        all.put("nav", "");
        Http.html(context, status, render(name, all));
    }

    void error(RoutingContext context, int status, String message) {
        plain(context, status, "error", Map.of("status", status, "message", message));
    }

    private String render(String name, Map<String, Object> data) {
        Template template = Optional.ofNullable(engine.getTemplate("dashboard/" + name))
                .orElseThrow(() -> new IllegalStateException("no dashboard template " + name));
        return template.data(data).render();
    }
}
