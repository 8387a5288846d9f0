package io.vipgate.telegram.transport;

import io.vipgate.domain.gate.MemberStatus;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;

/** Reads Telegram's {@code ChatMember} as the gate's standing; anything missing or unknown reads as outside. */
public final class ChatMembers {

    private ChatMembers() {}

    public static MemberStatus status(ChatMember member) {
        if (member == null || member.getStatus() == null) {
            return MemberStatus.LEFT;
        }
        return switch (member.getStatus().toLowerCase(Locale.ROOT)) {
            case "creator" -> MemberStatus.CREATOR;
            case "administrator" -> MemberStatus.ADMINISTRATOR;
            case "member" -> MemberStatus.MEMBER;
            // Restricted covers people outside the chat too: only is_member=true is inside.
            case "restricted" ->
                member instanceof ChatMemberRestricted restricted && Boolean.TRUE.equals(restricted.getIsMember())
                        ? MemberStatus.RESTRICTED
                        : MemberStatus.LEFT;
            case "kicked" -> MemberStatus.KICKED;
            default -> MemberStatus.LEFT;
        };
    }
}
