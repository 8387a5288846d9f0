package io.vipgate.dashboard;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's stylesheet and its one script, served by the application itself: nothing comes from a CDN. Only
 * the files named here are served, read once at start.
 */
@ApplicationScoped
public class Assets {

    private static final Map<String, String> TYPES = Map.of(
            "dashboard.css", "text/css; charset=utf-8",
            "miniapp.js", "text/javascript; charset=utf-8");

    private final Map<String, Buffer> files;

    Assets() {
        this.files = Map.of("dashboard.css", read("dashboard.css"), "miniapp.js", read("miniapp.js"));
    }

    void serve(RoutingContext context) {
        String name = context.pathParam("file");
        Buffer file = files.get(name);
        if (file == null) {
            context.next();
            return;
        }
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get(name))
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(file);
    }

    private static Buffer read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/dashboard-static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing dashboard asset " + name);
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
