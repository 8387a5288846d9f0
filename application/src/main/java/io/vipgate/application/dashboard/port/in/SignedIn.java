package io.vipgate.application.dashboard.port.in;

import java.util.Objects;

/** Who a live session belongs to, and the token every form of that session must carry back. */
public record SignedIn(long adminId, String csrfToken) {

    public SignedIn {
        if (adminId <= 0) {
            throw new IllegalArgumentException("a Telegram user id is positive");
        }
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    @Override
    public String toString() {
        return "SignedIn[adminId=" + adminId + "]";
    }
}
