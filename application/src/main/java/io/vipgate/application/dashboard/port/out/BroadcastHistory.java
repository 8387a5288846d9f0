package io.vipgate.application.dashboard.port.out;

import io.vipgate.application.dashboard.port.in.BroadcastRow;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The broadcasts sent and sending, newest first, with their recipients counted by outcome. */
public interface BroadcastHistory {

    CompletionStage<List<BroadcastRow>> latest(int limit);
}
