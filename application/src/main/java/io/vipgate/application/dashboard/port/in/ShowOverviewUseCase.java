package io.vipgate.application.dashboard.port.in;

import java.util.concurrent.CompletionStage;

/** The dashboard's first page: how many are in, and how that moved over the last days. */
public interface ShowOverviewUseCase {

    int DAYS = 90;

    CompletionStage<Overview> overview();
}
