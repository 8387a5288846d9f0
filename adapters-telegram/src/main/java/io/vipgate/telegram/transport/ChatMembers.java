package io.vipgate.telegram.transport;

import io.vipgate.domain.gate.MemberStatus;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;

/** Reads Telegram's {@code ChatMember} as the gate's standing; anything missing or unknown reads as outside. */
public final class ChatMembers {

    private ChatMembers() {}

    /** A member as {@code getChatMember} answers. */
    public static MemberStatus status(ChatMember member) {
        if (member == null) {
            return MemberStatus.LEFT;
        }
        return status(
                member.getStatus(),
                member instanceof ChatMemberRestricted restricted && Boolean.TRUE.equals(restricted.getIsMember()));
    }

    /** A member as a {@code chat_member} update names them. */
    public static MemberStatus status(io.vipgate.telegram.inbound.ChatMember member) {
        if (member == null) {
            return MemberStatus.LEFT;
        }
        return status(member.status(), Boolean.TRUE.equals(member.isMember()));
    }

    private static MemberStatus status(String status, boolean restrictedInside) {
        if (status == null) {
            return MemberStatus.LEFT;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "creator" -> MemberStatus.CREATOR;
            case "administrator" -> MemberStatus.ADMINISTRATOR;
            case "member" -> MemberStatus.MEMBER;
            // Restricted covers people outside the chat too: only is_member=true is inside.
            case "restricted" -> restrictedInside ? MemberStatus.RESTRICTED : MemberStatus.LEFT;
            case "kicked" -> MemberStatus.KICKED;
            default -> MemberStatus.LEFT;
        };
    }
}
