package io.vipgate.application.gate.port.in;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.user.BotUser;
import java.util.concurrent.CompletionStage;

/** A {@code chat_member} update for the VIP channel: whoever comes in without the right to be there is removed. */
public interface CheckVipMemberUseCase {

    /** {@code user} (never the bot itself) went from {@code before} to {@code after}. */
    CompletionStage<Check> changed(BotUser user, MemberStatus before, MemberStatus after);

    /** One case per outcome. */
    sealed interface Check {
        /** Not someone coming in (a departure, a promotion, a demotion): only the standing is recorded. */
        record NotAJoin() implements Check {}

        /** Came in with the right: an active subscriber or an admin. */
        record Allowed() implements Check {}

        /** Came in without the right and was removed; {@code told} says how telling them went. */
        record TurnedAway(Delivery told) implements Check {}

        /** Came in without the right, but Telegram refuses for good to remove them; the admins were told. */
        record Refused(RemovalRefusal reason) implements Check {}
    }
}
