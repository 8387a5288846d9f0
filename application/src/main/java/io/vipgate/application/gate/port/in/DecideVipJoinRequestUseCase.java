package io.vipgate.application.gate.port.in;

import io.vipgate.application.messaging.port.out.JoinDecision;
import java.util.concurrent.CompletionStage;

/** A join request to the VIP channel: let active subscribers in, turn everyone else away. */
public interface DecideVipJoinRequestUseCase {

    CompletionStage<Verdict> decide(long userId);

    /** Whether the user was let in, and how Telegram took the decision. */
    record Verdict(boolean approved, JoinDecision decision) {}
}
