package io.vipgate.application.fakes;

import io.vipgate.application.freechannel.port.out.FreeChannel;
import io.vipgate.application.messaging.port.out.JoinDecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Records approvals; answers {@link JoinDecision#DONE} unless told otherwise for a user. */
public final class FakeFreeChannel implements FreeChannel {

    private final List<Long> approvals = new ArrayList<>();
    private final Map<Long, JoinDecision> answers = new HashMap<>();

    @Override
    public synchronized CompletionStage<JoinDecision> approve(long userId) {
        approvals.add(userId);
        return CompletableFuture.completedFuture(answers.getOrDefault(userId, JoinDecision.DONE));
    }

    public synchronized void answer(long userId, JoinDecision decision) {
        answers.put(userId, decision);
    }

    /** Every approval asked for, in order, repeats included. */
    public synchronized List<Long> approvals() {
        return List.copyOf(approvals);
    }
}
