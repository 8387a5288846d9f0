package io.vipgate.application.freechannel.port.out;

import io.vipgate.domain.freechannel.JoinRequest;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Free-channel join requests, one per user. */
public interface JoinRequestRepository {

    /**
     * Stores {@code incoming}, or applies {@link JoinRequest#repeated} to the one already stored, atomically;
     * returns what is stored now.
     */
    CompletionStage<JoinRequest> record(JoinRequest incoming);

    CompletionStage<Optional<JoinRequest>> find(long userId);
}
