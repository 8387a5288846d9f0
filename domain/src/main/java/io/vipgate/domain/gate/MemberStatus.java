package io.vipgate.domain.gate;

/** Someone's standing in the VIP channel, as Telegram names it in {@code ChatMember.status}. */
public enum MemberStatus {
    CREATOR,
    ADMINISTRATOR,
    MEMBER,
    /** Restricted but still inside; a restricted user who is not a member is {@link #LEFT}. */
    RESTRICTED,
    LEFT,
    KICKED;

    /** Inside the channel as an ordinary participant: the standing the gate checks. */
    public boolean participant() {
        return this == MEMBER || this == RESTRICTED;
    }

    /** The channel's owner or an administrator: never removed by the bot. */
    public boolean privileged() {
        return this == CREATOR || this == ADMINISTRATOR;
    }

    /**
     * Whether going from {@code before} to this is someone coming in: only then does the gate act on an update, so
     * that a demotion (administrator to member) or a restriction of someone already inside removes nobody.
     */
    public boolean isJoinFrom(MemberStatus before) {
        return participant() && !before.participant() && !before.privileged();
    }
}
