package io.vipgate.application.dashboard;

import io.vipgate.application.dashboard.port.in.Overview;
import io.vipgate.application.dashboard.port.in.ShowOverviewUseCase;
import io.vipgate.application.dashboard.port.out.DashboardFigures;
import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** The overview as of now. */
public final class ShowOverviewService implements ShowOverviewUseCase {

    private final DashboardFigures figures;
    private final Clock clock;

    public ShowOverviewService(DashboardFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Overview> overview() {
        return figures.overview(clock.instant(), DAYS);
    }
}
