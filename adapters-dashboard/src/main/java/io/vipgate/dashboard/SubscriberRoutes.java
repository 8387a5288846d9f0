package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.BrowseSubscribersUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.domain.time.VipDuration;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Subscribers: the searchable list, one subscriber's history, and extend and kick, each shown for confirmation
 * before it is done. The user is told as {@code /extend} and {@code /kick} tell them.
 */
@ApplicationScoped
public class SubscriberRoutes {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final BrowseSubscribersUseCase browse;
    private final ExtendAndInformUseCase extend;
    private final KickAndInformUseCase kick;
    private final Views views;
    private final Clock clock;

    SubscriberRoutes(
            BrowseSubscribersUseCase browse,
            ExtendAndInformUseCase extend,
            KickAndInformUseCase kick,
            Views views,
            Clock clock) {
        this.browse = browse;
        this.extend = extend;
        this.kick = kick;
        this.views = views;
        this.clock = clock;
    }

    void list(RoutingContext context, SignedIn admin) {
        String query = Http.query(context, "q");
        Guard.then(
                context,
                browse.search(query, Http.page(context)),
                page -> views.page(
                        context,
                        200,
                        "subscribers",
                        "subscribers",
                        admin,
                        Map.of("q", query, "p", page, "now", clock.instant())));
    }

    void show(RoutingContext context, SignedIn admin) {
        Optional<Long> userId = userId(context);
        if (userId.isEmpty()) {
            views.error(context, 404, "No such page.");
            return;
        }
        Guard.then(
                context,
                browse.history(userId.get()),
                history -> views.page(
                        context,
                        200,
                        "subscriber",
                        "subscribers",
                        admin,
                        Map.of(
                                "id",
                                userId.get(),
                                "h",
                                history,
                                "now",
                                clock.instant(),
                                "done",
                                Http.query(context, "done"))));
    }

    void extend(RoutingContext context, SignedIn admin) {
        Optional<Long> userId = userId(context);
        VipDuration duration;
        try {
            duration = VipDuration.parse(Http.form(context, "duration"));
        } catch (RuntimeException invalid) {
            views.error(context, 400, "Not a duration: write " + VipDuration.SYNTAX + ".");
            return;
        }
        if (userId.isEmpty()) {
            views.error(context, 404, "No such page.");
        } else if (!Confirmation.given(context)) {
            Confirmation.ask(
                    views,
                    context,
                    admin,
                    "subscribers",
                    "Give user " + userId.get() + " " + duration.text() + " of VIP time?",
                    "/admin/subscribers/" + userId.get(),
                    Map.of("duration", duration.text()));
        } else {
            Guard.then(context, extend.extend(admin.adminId(), userId.get(), duration), extended -> {
                Guard.audit(
                        admin,
                        "extend",
                        "user_id=" + userId.get() + " duration=" + duration.text() + " expires_at="
                                + extended.subscription().expiresAt());
                Http.seeOther(context, "/admin/subscribers/" + userId.get() + "?done=extended");
            });
        }
    }

    void kick(RoutingContext context, SignedIn admin) {
        Optional<Long> userId = userId(context);
        if (userId.isEmpty()) {
            views.error(context, 404, "No such page.");
        } else if (!Confirmation.given(context)) {
            Confirmation.ask(
                    views,
                    context,
                    admin,
                    "subscribers",
                    "End the VIP time of user " + userId.get() + " now and remove them from the channel?",
                    "/admin/subscribers/" + userId.get(),
                    Map.of());
        } else {
            Guard.then(context, kick.kick(admin.adminId(), userId.get()), outcome -> {
                String done = switch (outcome.result()) {
                    case KickResult.Kicked kicked -> "kicked";
                    case KickResult.NotSubscribed none -> "not-subscribed";
                    case KickResult.EndedAdminKept kept -> "admin-kept";
                    case KickResult.RenewedMeanwhile renewed -> "renewed";
                    case KickResult.Refused refused -> "refused";
                };
                Guard.audit(admin, "kick", "user_id=" + userId.get() + " outcome=" + done);
                Http.seeOther(context, "/admin/subscribers/" + userId.get() + "?done=" + done);
            });
        }
    }

    private static Optional<Long> userId(RoutingContext context) {
        String id = context.pathParam("id");
        return id != null && ID.matcher(id).matches() && Long.parseLong(id) > 0
                ? Optional.of(Long.parseLong(id))
                : Optional.empty();
    }
}
