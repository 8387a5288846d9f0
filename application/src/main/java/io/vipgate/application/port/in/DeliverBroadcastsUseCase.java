package io.vipgate.application.port.in;

import java.util.concurrent.CompletionStage;

/** The broadcast job: sends saved broadcasts on, resuming whatever a previous runner left unfinished. */
public interface DeliverBroadcastsUseCase {

    CompletionStage<JobRun> deliver();
}
