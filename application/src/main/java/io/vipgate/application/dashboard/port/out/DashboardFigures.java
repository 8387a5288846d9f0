package io.vipgate.application.dashboard.port.out;

import io.vipgate.application.dashboard.port.in.Overview;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** The overview's counts and its per-day series, over the {@code days} UTC days up to and including {@code now}'s. */
public interface DashboardFigures {

    CompletionStage<Overview> overview(Instant now, int days);
}
