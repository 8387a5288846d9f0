package io.vipgate.dashboard;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.DashboardSession;
import io.vipgate.application.dashboard.port.in.SignInUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The session cookie (HttpOnly, Secure, SameSite=Strict, 12 h, only under /admin) and the CSRF check of forms. */
@ApplicationScoped
public class Sessions {

    static final String COOKIE = "vipgate_admin";
    static final String CSRF_FIELD = "csrf";

    private final SignInUseCase signIn;

    Sessions(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    CompletionStage<Optional<SignedIn>> of(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return signIn.session(cookie.getValue());
    }

    static void set(RoutingContext context, DashboardSession session) {
        context.response()
                .addCookie(Cookie.cookie(COOKIE, session.secret())
                        .setPath("/admin")
                        .setHttpOnly(true)
                        .setSecure(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .setMaxAge(SignInUseCase.SESSION_VALIDITY.toSeconds()));
    }

    /** The form's token is this session's, compared in constant time. */
    static boolean csrfValid(RoutingContext context, SignedIn admin) {
        String given = Http.form(context, CSRF_FIELD);
        return !given.isEmpty()
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8),
                        admin.csrfToken().getBytes(StandardCharsets.UTF_8));
    }
}
