package io.vipgate.application.user;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import java.util.Set;

/** Admins are the user ids the operator configured. */
public final class RecognizeAdminsService implements RecognizeAdminsUseCase {

    private final BotPolicy policy;

    public RecognizeAdminsService(BotPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean isAdmin(long userId) {
        return policy.isAdmin(userId);
    }

    @Override
    public Set<Long> adminIds() {
        return policy.adminIds();
    }
}
