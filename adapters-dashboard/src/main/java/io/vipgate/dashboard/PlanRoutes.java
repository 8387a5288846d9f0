package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;

/** Plans sold with Telegram Stars: those on sale with their sales, creating one, and retiring one (confirmed). */
@ApplicationScoped
public class PlanRoutes {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final ManagePlansUseCase plans;
    private final Views views;

    PlanRoutes(ManagePlansUseCase plans, Views views) {
        this.plans = plans;
        this.views = views;
    }

    void list(RoutingContext context, SignedIn admin) {
        Guard.then(
                context,
                plans.onSale(),
                onSale -> views.page(
                        context,
                        200,
                        "plans",
                        "plans",
                        admin,
                        Map.of("plans", onSale, "done", Http.query(context, "done"))));
    }

    void create(RoutingContext context, SignedIn admin) {
        String title;
        Stars price;
        PlanTerm term;
        try {
            title = Plan.checkedTitle(Http.form(context, "title"));
            price = Stars.parse(Http.form(context, "stars"));
            term = PlanTerm.parse(Http.form(context, "term"));
        } catch (RuntimeException invalid) {
            views.error(
                    context,
                    400,
                    "Give a title of up to " + Plan.MAX_TITLE_LENGTH + " characters, a price from " + Stars.MIN + " to "
                            + Stars.MAX + " Stars, and a duration such as 30d, or monthly.");
            return;
        }
        Guard.then(context, plans.create(admin.adminId(), title, price, term), plan -> {
            Guard.audit(admin, "create-plan", "plan_id=" + plan.id() + " stars=" + price.amount());
            Http.seeOther(context, "/admin/plans?done=created");
        });
    }

    void retire(RoutingContext context, SignedIn admin) {
        String id = context.pathParam("id");
        if (id == null || !ID.matcher(id).matches()) {
            views.error(context, 404, "No such page.");
        } else if (!Confirmation.given(context)) {
            Confirmation.ask(
                    views,
                    context,
                    admin,
                    "plans",
                    "Stop selling plan " + id + "? Monthly subscribers " + "keep renewing until they cancel.",
                    "/admin/plans",
                    Map.of());
        } else {
            Guard.then(context, plans.retire(admin.adminId(), Long.parseLong(id)), retired -> {
                Guard.audit(admin, "retire-plan", "plan_id=" + id + " retired=" + retired);
                Http.seeOther(context, "/admin/plans?done=" + (retired ? "retired" : "not-on-sale"));
            });
        }
    }
}
