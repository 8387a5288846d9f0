package io.vipgate.telegram.i18n;

import io.vipgate.application.messaging.port.out.Notice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Words a {@link Notice} in the recipient's language. */
public final class NoticeTexts {

    /** A free-channel approval due this soon is announced as "in a moment" rather than with a time. */
    private static final Duration SOON = Duration.ofMinutes(1);

    private NoticeTexts() {}

    /** Why Telegram refuses a removal, as a sentence for admins. */
    public static Html refusal(Messages m, io.vipgate.domain.gate.RemovalRefusal reason) {
        return m.html(
                switch (reason) {
                    case CHAT_OWNER -> Text.REFUSAL_CHAT_OWNER;
                    case CHAT_ADMINISTRATOR -> Text.REFUSAL_CHAT_ADMINISTRATOR;
                    case MISSING_RIGHTS -> Text.REFUSAL_MISSING_RIGHTS;
                    case BOT_NOT_IN_CHAT -> Text.REFUSAL_BOT_NOT_IN_CHAT;
                });
    }

    public static Html render(Messages m, Notice notice, Instant now) {
        return switch (notice) {
            case Notice.ExpiryReminder reminder ->
                m.html(Text.REMINDER, m.about(reminder.timeLeft()), m.date(reminder.expiresAt()));
            case Notice.AccessExpired expired -> m.html(Text.ACCESS_EXPIRED);
            case Notice.AccessRevoked revoked -> m.html(Text.ACCESS_REVOKED);
            case Notice.AccessGranted granted ->
                Html.join(
                        "\n\n",
                        List.of(
                                m.html(Text.ACCESS_GRANTED, m.date(granted.expiresAt())),
                                m.html(
                                        Text.LINK_ISSUED,
                                        m.date(granted.link().expiresAt()),
                                        granted.link().url())));
            case Notice.FreeRequestQueued queued ->
                queued.approvableAt().isAfter(now.plus(SOON))
                        ? m.html(Text.FREE_QUEUED, m.date(queued.approvableAt()))
                        : m.html(Text.FREE_QUEUED_NOW);
            case Notice.FreeRequestApproved approved -> m.html(Text.FREE_APPROVED);
            case Notice.Readmitted readmitted ->
                Html.join(
                        "\n\n",
                        List.of(
                                m.html(Text.READMITTED, m.date(readmitted.expiresAt())),
                                m.html(
                                        Text.LINK_ISSUED,
                                        m.date(readmitted.link().expiresAt()),
                                        readmitted.link().url())));
            case Notice.TurnedAway turnedAway -> m.html(Text.TURNED_AWAY);
            case Notice.RemovalRefused refused ->
                m.html(Text.REMOVAL_REFUSED, refused.name(), refused.userId(), refusal(m, refused.reason()));
            // As the admin wrote it: escaped, so that their text shows exactly as typed.
            case Notice.Broadcast broadcast -> Html.text(broadcast.text());
        };
    }
}
