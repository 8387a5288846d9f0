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
            case ALREADY_REDEEMED ->
                "✅ This invitation is already yours: you are VIP until <b>{0}</b>. Here is your link again.";
            case TOKEN_UNKNOWN -> "That invitation isn't valid. Check the link, or ask for a new one.";
            case TOKEN_EXPIRED -> "That invitation has expired. Ask for a new one.";
            case TOKEN_REVOKED -> "That invitation was cancelled. Ask for a new one.";
            case TOKEN_USED_UP -> "That invitation has already been used. Ask for a new one.";
            case TOO_MANY_ATTEMPTS -> "Too many tries. Please wait {0} and try again.";
            case HELP_USER -> "Here is what I can do:";
            case HELP_ADMIN -> "Admin commands:";
            case TRY_LATER -> "Sorry, something went wrong on my side. Please try again in a minute.";
            case VIP_JOIN_DECLINED ->
                "The VIP channel is for active subscribers. Open an invitation link first, then ask again.";
            case FREE_QUEUED -> "Thanks! Your request to join the free channel will be approved on {0}.";
            case FREE_QUEUED_NOW -> "Thanks! Your request to join the free channel will be approved in a moment.";
            case FREE_APPROVED -> "✅ You're in! Your request to join the free channel was approved.";
            case REMINDER -> "⏰ Your VIP ends in {0} ({1}). Ask for a new invitation to keep your access.";
            case ACCESS_EXPIRED ->
                "Your VIP has ended and you left the VIP channel. A new invitation link brings you back any time.";
            case ACCESS_REVOKED -> "An admin has ended your VIP access.";
            case ACCESS_GRANTED -> "🎁 An admin gave you VIP time: you are VIP until <b>{0}</b>.";
            case USAGE -> "Usage: {0}";
            case DURATION_SYNTAX ->
                "Durations: <code>30m</code>, <code>12h</code>, <code>30d</code>, <code>4w</code> (1 minute to 3650 days).";
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
            case STATS ->
                "📊 Active VIPs: {0}\nExpiring within 7 days: {1}\nInvitations minted: {2}, redeemed: {3}\n"
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
            case PLANS_HEADER -> "⭐ VIP plans, paid with Telegram Stars. Tap one to buy:";
            case PLANS_NONE -> "Nothing is on sale right now.";
            case PLANS_ADMIN_LINE -> "#{0} · {1} · {2} ⭐ · {3} · {4} sold";
            case TERM_MONTHLY -> "monthly";
            case PLAN_NOT_ON_SALE -> "That plan is not on sale. /plans shows what is.";
            case INVOICE_ONCE -> "{0} of access to the VIP channel.";
            case INVOICE_MONTHLY -> "Access to the VIP channel, renewed every 30 days until you cancel with /cancel.";
            case INVOICE_LINK ->
                "⭐ <b>{0}</b>: {1} Stars every 30 days, until you cancel with /cancel. Tap below to subscribe.";
            case PAY_BUTTON -> "Pay {0} ⭐";
            case CHECKOUT_UNKNOWN -> "This invoice is not valid. Open /plans and try again.";
            case CHECKOUT_NOT_YOURS -> "This invoice was made for someone else. Open /plans for your own.";
            case CHECKOUT_PAID -> "This invoice has already been paid.";
            case CHECKOUT_STALE -> "This invoice has expired. Open /plans for a new one.";
            case CHECKOUT_AMOUNT -> "The price does not match. Open /plans for a new invoice.";
            case CHECKOUT_RETIRED -> "This plan is no longer on sale. Open /plans to see what is.";
            case PAID -> "🎉 Payment received, thank you! You are VIP until <b>{0}</b>.";
            case RENEWED -> "🔁 Your subscription renewed: you are VIP until <b>{0}</b>.";
            case PAID_AGAIN -> "This payment was counted already; nothing more to do.";
            case PAID_UNMATCHED ->
                "I received a payment I could not match to an order. An admin will look into it: /paysupport says how to reach us.";
            case PAYMENT_REFUNDED -> "Your payment was refunded, and the VIP time it bought was taken back.";
            case ACCESS_BOUGHT -> "🎉 Your payment has gone through: you are VIP until <b>{0}</b>.";
            case CANCELED -> "Your subscription will not renew. You keep VIP until <b>{0}</b>.";
            case CANCEL_NONE -> "You have no monthly subscription to cancel.";
            case PLANS_HINT -> "🛒 Or become VIP now with Telegram Stars: /plans";
            case PAYSUPPORT_DEFAULT ->
                "Need help with a payment? Write to the channel's admins. Telegram's support cannot help with purchases made in this bot. Refunds are made with /refund by an admin.";
            case TERMS_DEFAULT ->
                "Terms of sale: a plan buys access to the VIP channel for the time it names; a monthly plan renews every 30 days until you cancel it with /cancel and access then runs to the end of the paid period. Payments are in Telegram Stars. A refund takes back the time it paid for.";
            case PRIVACY_DEFAULT ->
                "Privacy: the bot keeps your Telegram id, name, username and language, your VIP periods and your payments (amount, date, Telegram's charge id), only to run the VIP channel. Nothing is shared with anyone else.";
            case PLAN_CREATED -> "Plan #{0} is on sale: {1} · {2} ⭐ · {3}.";
            case PLAN_RETIRED -> "Plan #{0} is no longer on sale. Time already bought stays.";
            case PLAN_NOT_FOUND -> "No plan #{0} is on sale.";
            case PLAN_SYNTAX ->
                "Durations: <code>30d</code>, <code>4w</code>… or <code>monthly</code>. Prices: 1 to 10000 Stars. Titles: 1 to 32 characters.";
            case REFUND_DONE -> "↩️ Refunded {0} ⭐ to user <code>{1}</code>. They are VIP until {2}.";
            case REFUND_DONE_REMOVED ->
                "↩️ Refunded {0} ⭐ to user <code>{1}</code>. No time was left, so they left the VIP channel.";
            case REFUND_UNKNOWN -> "No payment has that charge id.";
            case REFUND_ALREADY -> "That payment was refunded already.";
            case STATS_STARS ->
                "⭐ Stars this month: {0}, in all: {1}\nPaying users: {2}, monthly subscribers: {3}, refunds: {4}";
            case RECOVERED ->
                "⚠️ A payment whose update was lost was found and granted: {0} ⭐ from user <code>{1}</code> (charge <code>{2}</code>), VIP until {3}.";
            case CMD_PLANS -> "VIP plans to buy with Stars";
            case CMD_BUY -> "Buy a plan by its number";
            case CMD_CANCEL -> "Stop your monthly renewal";
            case CMD_PAYSUPPORT -> "Help with a payment";
            case CMD_TERMS -> "Terms of sale";
            case CMD_PRIVACY -> "Privacy policy";
            case CMD_NEWPLAN -> "Put a plan on sale";
            case CMD_ENDPLAN -> "Stop selling a plan";
            case CMD_REFUND -> "Refund a payment";
            case SYNTAX_BUY -> "/buy &lt;plan number&gt;";
            case SYNTAX_NEWPLAN -> "/newplan &lt;duration or monthly&gt; &lt;stars&gt; &lt;title&gt;";
            case SYNTAX_ENDPLAN -> "/endplan &lt;plan number&gt;";
            case SYNTAX_REFUND -> "/refund &lt;telegram_payment_charge_id&gt;";
            case CMD_ADMIN -> "Open the admin dashboard";
            case DASHBOARD_LINK ->
                "📊 The admin dashboard. Inside Telegram, use the button below. In a browser, open this "
                        + "one-time link within {1} minutes (it works once):\n{0}";
            case DASHBOARD_OPEN_BUTTON -> "Open the dashboard";
            case DASHBOARD_BROWSER_BUTTON -> "Sign in with a browser";
            case READMITTED ->
                "✅ Your renewal came in just as your time ran out, so you are still VIP until <b>{0}</b>. "
                        + "If you were taken out of the channel, this link brings you back.";
            case TURNED_AWAY ->
                "The VIP channel is for active subscribers, so I took you out of it. Open an invitation "
                        + "link (or see /plans), and I will send you your own personal link.";
            case REMOVAL_REFUSED ->
                "⚠️ VIP of {0} (<code>{1}</code>) has ended, but Telegram refuses to remove them "
                        + "from the VIP channel: {2} Remove them by hand if they should not stay.";
            case REFUSAL_CHAT_OWNER -> "they own the channel.";
            case REFUSAL_CHAT_ADMINISTRATOR -> "they are an administrator of the channel.";
            case REFUSAL_MISSING_RIGHTS ->
                "the bot lacks the right to ban users there (make it an administrator with " + "\"Ban users\").";
            case REFUSAL_BOT_NOT_IN_CHAT -> "the bot is not in the channel (add it back as an administrator).";
            case KICK_REFUSED ->
                "VIP of <code>{0}</code> has ended, but Telegram refuses to remove them from the " + "channel: {1}";
            case KICK_RENEWED ->
                "User <code>{0}</code> renewed just now, so nothing was ended. Send /kick again to end "
                        + "the new time too.";
            case KICK_ADMIN_KEPT -> "VIP of <code>{0}</code> has ended; as an admin they stay in the channel.";
            case STATS_GATE ->
                "VIP channel members seen: {0} (active VIPs: {1}), turned away for joining without " + "VIP: {2}";
        };
    }
}
