package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code free_channel_requests}: pending requests keep their request time, so nobody waits twice. vipgate keeps one
 * request per user; of several pending ones the earliest counts, as a repeat never resets the clock. The legacy bot
 * stored join requests of people who never sent /start without a {@code users} row: such a request brings its user
 * along, id only (the names arrive with the user's next update).
 */
final class LegacyFreeRequests {

    static final List<String> COLUMNS = List.of("id", "user_id", "request_date", "processed");

    final Map<Long, JoinRequest> pending = new LinkedHashMap<>();
    int processed;
    int repeats;
    int requesters;
    final LegacyTableCheck check;

    LegacyFreeRequests(
            LegacyTableCheck check, LegacyUsers users, Optional<Long> freeChannelId, LegacyValidation.Sink sink) {
        this.check = check;
        Set<Object> duplicateIds = check.duplicates("id");
        int pendingRows = 0;
        for (LegacyRow raw : check.rows()) {
            LegacyRowCheck row = check.row(raw);
            row.integer("id", true);
            if (duplicateIds.contains(raw.get("id"))) {
                row.problem("id", "more than one row has this id");
            }
            Long userId = users.requester(row, "user_id");
            Instant requestedAt = row.time("request_date", true);
            Boolean done = row.flag("processed", true);
            row.time("processed_at", false);
            if (row.ok() && !done && freeChannelId.isEmpty()) {
                row.problem("-", "is pending, but the free channel's id is unknown: set FREE_CHANNEL_ID");
            }
            if (row.ok() && !done) {
                pendingRows++;
                // A join request's private chat with the user has the user's own id.
                JoinRequest request = new JoinRequest(
                        userId, freeChannelId.orElseThrow(), userId, requestedAt, JoinRequestStatus.PENDING);
                pending.merge(
                        userId,
                        request,
                        (kept, other) -> other.requestedAt().isBefore(kept.requestedAt()) ? other : kept);
            }
            processed += row.ok() && done ? 1 : 0;
            check.settle(row, row.ok() && !done);
        }
        repeats = pendingRows - pending.size();
        check.leaveOut(repeats);
        for (JoinRequest request : pending.values()) {
            if (!users.known(request.userId())) {
                requesters++;
                BotUser idOnly =
                        new BotUser(request.userId(), "", Optional.empty(), Optional.empty(), Optional.empty(), true);
                sink.requester(new ImportedUser(idOnly, request.requestedAt(), request.requestedAt()));
            }
            sink.joinRequest(request);
        }
    }
}
