package io.vipgate.application.dashboard.port.in;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** The latest broadcasts with how far each has got, for the dashboard's live progress. */
public interface ListBroadcastsUseCase {

    int LATEST = 20;

    CompletionStage<List<BroadcastRow>> latest();
}
