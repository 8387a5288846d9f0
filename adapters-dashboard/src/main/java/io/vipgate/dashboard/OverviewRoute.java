package io.vipgate.dashboard;

import io.quarkus.qute.RawString;
import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.Overview;
import io.vipgate.application.dashboard.port.in.ShowOverviewUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The overview: the counts, and the per-day series drawn as SVG. */
@ApplicationScoped
public class OverviewRoute {

    private final ShowOverviewUseCase overview;
    private final Views views;

    OverviewRoute(ShowOverviewUseCase overview, Views views) {
        this.overview = overview;
        this.views = views;
    }

    void show(RoutingContext context, SignedIn admin) {
        Guard.then(
                context,
                overview.overview(),
                figures -> views.page(
                        context,
                        200,
                        "overview",
                        "overview",
                        admin,
                        Map.of(
                                "o",
                                figures,
                                "joins",
                                chart("Joins", figures, Overview.Day::joins),
                                "expiries",
                                chart("Expiries", figures, Overview.Day::expiries),
                                "intruders",
                                chart("Intruders removed", figures, Overview.Day::intrudersRemoved),
                                "stars",
                                chart("Stars", figures, Overview.Day::stars),
                                "days",
                                ShowOverviewUseCase.DAYS)));
    }

    private static RawString chart(String title, Overview figures, ToLongFunction<Overview.Day> value) {
        List<Charts.Point> points = figures.days().stream()
                .map(day -> new Charts.Point(day.date(), value.applyAsLong(day)))
                .toList();
        return new RawString(Charts.bars(title, points));
    }
}
