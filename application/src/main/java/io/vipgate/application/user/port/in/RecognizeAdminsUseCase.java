package io.vipgate.application.user.port.in;

import java.util.Set;

/** Who may use the admin commands. */
public interface RecognizeAdminsUseCase {

    boolean isAdmin(long userId);

    /** Every admin, for registering their command list with Telegram. */
    Set<Long> adminIds();
}
