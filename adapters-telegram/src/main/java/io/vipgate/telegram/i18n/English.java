package io.vipgate.telegram.i18n;

/** The bot's words in English. */
final class English implements Catalog {

    @Override
    public String template(Text text) {
        return switch (text) {
            case MONTHS -> "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";
            case DATE -> "{1} {0}, {2} at {3} UTC";
            case MINUTES_ONE -> "1 minute";
            case MINUTES_MANY -> "{0} minutes";
            case HOURS_ONE -> "1 hour";
            case HOURS_MANY -> "{0} hours";
            case DAYS_ONE -> "1 day";
            case DAYS_MANY -> "{0} days";
            case USES_ONE -> "1 use";
            case USES_MANY -> "{0} uses";
            case WELCOME -> "👋 Hi, {0}! I look after the VIP channel.";
            case HELP_HINT -> "Send /help to see what I can do.";
            case STATUS_ACTIVE -> "⭐ You are VIP until <b>{0}</b>.";
            case STATUS_EXPIRED -> "Your VIP ended on {0}. A new invitation link brings you back.";
            case STATUS_REVOKED -> "Your VIP was ended by an admin on {0}.";
            case STATUS_NONE -> "You are not a VIP subscriber yet. Open an invitation link to join.";
            case LINK_ISSUED -> "🔑 Your personal invite link (it works for you only, valid until {0}):\n{1}";
            case LINK_NOT_ACTIVE -> "Invite links are for active VIP subscribers. /status shows yours.";
            case REDEEMED -> "🎉 Welcome to VIP! You are in until <b>{0}</b>.";
            case REDEEMED_STACKED -> "🎉 Time added! You are VIP until <b>{0}</b>.";
            case REDEEMED_NO_LINK -> "I couldn't create your invite link just now: send /link in a minute.";
            case ALREADY_REDEEMED -> "✅ This invitation is already yours: you are VIP until <b>{0}</b>. Here is your link again.";
            case TOKEN_UNKNOWN -> "That invitation isn't valid. Check the link, or ask for a new one.";
            case TOKEN_EXPIRED -> "That invitation has expired. Ask for a new one.";
            case TOKEN_REVOKED -> "That invitation was cancelled. Ask for a new one.";
            case TOKEN_USED_UP -> "That invitation has already been used. Ask for a new one.";
            case TOO_MANY_ATTEMPTS -> "Too many tries. Please wait {0} and try again.";
            case HELP_USER -> "Here is what I can do:";
            case HELP_ADMIN -> "Admin commands:";
            case TRY_LATER -> "Sorry, something went wrong on my side. Please try again in a minute.";
            case VIP_JOIN_DECLINED -> "The VIP channel is for active subscribers. Open an invitation link first, then ask again.";
            case FREE_QUEUED -> "Thanks! Your request to join the free channel will be approved on {0}.";
            case FREE_QUEUED_NOW -> "Thanks! Your request to join the free channel will be approved in a moment.";
            case FREE_APPROVED -> "✅ You're in! Your request to join the free channel was approved.";
            case REMINDER -> "⏰ Your VIP ends in {0} ({1}). Ask for a new invitation to keep your access.";
            case ACCESS_EXPIRED -> "Your VIP has ended and you left the VIP channel. A new invitation link brings you back any time.";
            case ACCESS_REVOKED -> "An admin has ended your VIP access.";
            case ACCESS_GRANTED -> "🎁 An admin gave you VIP time: you are VIP until <b>{0}</b>.";
            case USAGE -> "Usage: {0}";
            case DURATION_SYNTAX -> "Durations: <code>30m</code>, <code>12h</code>, <code>30d</code>, <code>4w</code> (1 minute to 3650 days).";
            case TOKEN_MINTED -> "🎟 Invitation for <b>{0}</b>, {1}, redeemable until {2}:\n{3}";
            case TOKENS_HEADER -> "Live invitations: {0}";
            case TOKENS_LINE -> "<code>{0}</code> · {1} · {2} left · until {3}";
            case TOKENS_NONE -> "No live invitations.";
            case TOKENS_MORE -> "…and {0} more.";
            case TOKEN_REVOKED_NOW -> "Invitation <code>{0}</code> revoked.";
            case TOKEN_ALREADY_REVOKED -> "Invitation <code>{0}</code> was already revoked.";
            case TOKEN_NOT_FOUND -> "No invitation matches that.";
            case TOKEN_AMBIGUOUS -> "{0} invitations start like that: type more of it.";
            case SUBS_HEADER -> "Active VIPs: {0} (page {1} of {2})";
            case SUBS_LINE -> "{0}. {1} · id <code>{2}</code> · until {3}";
            case SUBS_NONE -> "No active VIPs.";
            case EXTENDED -> "User <code>{0}</code> is VIP until <b>{1}</b>.";
            case KICKED -> "User <code>{0}</code> is out: VIP ended and removed from the channel.";
            case KICK_NOT_SUBSCRIBED -> "User <code>{0}</code> has no active VIP.";
            case TOLD_SENT -> "They have been told.";
            case TOLD_BLOCKED -> "They have blocked the bot, so they were not told.";
            case TOLD_FAILED -> "I couldn't message them just now.";
            case WAIT_SET -> "Free-channel requests are now approved after {0}.";
            case WAIT_SET_NOW -> "Free-channel requests are now approved at once.";
            case STATS -> "📊 Active VIPs: {0}\nExpiring within 7 days: {1}\nInvitations minted: {2}, redeemed: {3}\n"
                    + "Free-channel requests pending: {4}, approved: {5}";
            case BROADCAST_STARTED -> "📣 Broadcast #{0} is on its way to {1} VIPs. Its progress shows below.";
            case BROADCAST_NONE -> "There is no reachable active VIP to send it to.";
            case BROADCAST_TOO_LONG -> "That message has {0} characters; Telegram takes at most {1}.";
            case BROADCAST_PROGRESS -> "📣 Broadcast #{0}: {1}/{2} sent";
            case BROADCAST_DONE -> "✅ Broadcast #{0} finished: {1} sent, {2} blocked the bot, {3} failed (of {4}).";
            case CMD_START -> "Welcome and your status";
            case CMD_STATUS -> "Your VIP status";
            case CMD_LINK -> "A fresh personal invite link";
            case CMD_HELP -> "What I can do";
            case CMD_TOKEN -> "Mint an invitation";
            case CMD_TOKENS -> "Live invitations";
            case CMD_REVOKE -> "Revoke an invitation";
            case CMD_SUBS -> "Active VIPs, 20 a page";
            case CMD_EXTEND -> "Give VIP time without an invitation";
            case CMD_KICK -> "End VIP now and remove from the channel";
            case CMD_SETWAIT -> "Free-channel wait, in minutes";
            case CMD_STATS -> "Numbers at a glance";
            case CMD_BROADCAST -> "Message every active VIP";
            case SYNTAX_TOKEN -> "/token &lt;duration&gt; [uses]";
            case SYNTAX_REVOKE -> "/revoke &lt;invitation or its first letters&gt;";
            case SYNTAX_SUBS -> "/subs [page]";
            case SYNTAX_EXTEND -> "/extend &lt;user id&gt; &lt;duration&gt;";
            case SYNTAX_KICK -> "/kick &lt;user id&gt;";
            case SYNTAX_SETWAIT -> "/setwait &lt;minutes&gt;";
            case SYNTAX_BROADCAST -> "/broadcast &lt;text&gt;";
            case READMITTED -> "✅ Your renewal came in just as your time ran out, so you are still VIP until <b>{0}</b>. "
                    + "If you were taken out of the channel, this link brings you back.";
            case TURNED_AWAY -> "The VIP channel is for active subscribers, so I took you out of it. Open an invitation "
                    + "link (or see /plans), and I will send you your own personal link.";
            case REMOVAL_REFUSED -> "⚠️ VIP of {0} (<code>{1}</code>) has ended, but Telegram refuses to remove them "
                    + "from the VIP channel: {2} Remove them by hand if they should not stay.";
            case REFUSAL_CHAT_OWNER -> "they own the channel.";
            case REFUSAL_CHAT_ADMINISTRATOR -> "they are an administrator of the channel.";
            case REFUSAL_MISSING_RIGHTS -> "the bot lacks the right to ban users there (make it an administrator with "
                    + "\"Ban users\").";
            case REFUSAL_BOT_NOT_IN_CHAT -> "the bot is not in the channel (add it back as an administrator).";
            case KICK_REFUSED -> "VIP of <code>{0}</code> has ended, but Telegram refuses to remove them from the "
                    + "channel: {1}";
            case KICK_RENEWED -> "User <code>{0}</code> renewed just now, so nothing was ended. Send /kick again to end "
                    + "the new time too.";
            case KICK_ADMIN_KEPT -> "VIP of <code>{0}</code> has ended; as an admin they stay in the channel.";
            case STATS_GATE -> "VIP channel members seen: {0} (active VIPs: {1}), turned away for joining without "
                    + "VIP: {2}";
        };
    }
}
