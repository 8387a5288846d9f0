package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase.BroadcastStart;
import io.vipgate.application.dashboard.port.in.ListBroadcastsUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Broadcasts: compose one (confirmed; the broadcast job sends it) and follow the latest, the page refreshing itself
 * while one is sending, which needs no script.
 */
@ApplicationScoped
public class BroadcastRoutes {

    private final StartBroadcastUseCase start;
    private final ListBroadcastsUseCase broadcasts;
    private final Views views;

    BroadcastRoutes(StartBroadcastUseCase start, ListBroadcastsUseCase broadcasts, Views views) {
        this.start = start;
        this.broadcasts = broadcasts;
        this.views = views;
    }

    void list(RoutingContext context, SignedIn admin) {
        Guard.then(
                context,
                broadcasts.latest(),
                latest -> views.page(
                        context,
                        200,
                        "broadcasts",
                        "broadcasts",
                        admin,
                        Map.of(
                                "broadcasts",
                                latest,
                                "sending",
                                latest.stream().anyMatch(b -> b.sending()),
                                "done",
                                Http.query(context, "done"),
                                "max",
                                StartBroadcastUseCase.MAX_TEXT_LENGTH)));
    }

    void compose(RoutingContext context, SignedIn admin) {
        // The form's line breaks are the message's; only the ends are trimmed.
        String text = Http.form(context, "text");
        if (text.isEmpty() || text.length() > StartBroadcastUseCase.MAX_TEXT_LENGTH) {
            views.error(context, 400, "A broadcast is 1 to " + StartBroadcastUseCase.MAX_TEXT_LENGTH + " characters.");
        } else if (!Confirmation.given(context)) {
            Confirmation.ask(
                    views,
                    context,
                    admin,
                    "broadcasts",
                    "Send this to every active subscriber?\n\n" + text,
                    "/admin/broadcasts",
                    Map.of("text", text));
        } else {
            Guard.then(context, start.start(admin.adminId(), text), started -> {
                String done = switch (started) {
                    case BroadcastStart.Started s -> "started";
                    case BroadcastStart.NoRecipients none -> "none";
                };
                Guard.audit(admin, "broadcast", "outcome=" + done + " length=" + text.length());
                Http.seeOther(context, "/admin/broadcasts?done=" + done);
            });
        }
    }
}
