package io.vipgate.persistence.legacyimport;

import io.vertx.mutiny.sqlclient.Tuple;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.token.InvitationToken;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Turns a chunk of domain values into the column arrays that {@link ImportStatements} unnest. */
final class ImportColumns {

    private ImportColumns() {}

    static Tuple users(List<ImportedUser> rows) {
        return tuple(
                column(rows, Long[]::new, row -> row.user().id()),
                column(rows, String[]::new, row -> row.user().firstName()),
                column(rows, String[]::new, row -> row.user().lastName().orElse(null)),
                column(rows, String[]::new, row -> row.user().username().orElse(null)),
                column(rows, String[]::new, row -> row.user().languageCode().orElse(null)),
                column(rows, Boolean[]::new, row -> row.user().reachable()),
                column(rows, OffsetDateTime[]::new, row -> utc(row.createdAt())),
                column(rows, OffsetDateTime[]::new, row -> utc(row.updatedAt())));
    }

    static Tuple active(List<ImportedSubscription> rows) {
        Function<ImportedSubscription, Subscription> current =
                row -> row.current().orElseThrow();
        return tuple(
                column(rows, Long[]::new, ImportedSubscription::userId),
                column(rows, String[]::new, row -> current.apply(row).status().name()),
                column(
                        rows,
                        OffsetDateTime[]::new,
                        row -> utc(current.apply(row).periodStartedAt())),
                column(
                        rows,
                        OffsetDateTime[]::new,
                        row -> utc(current.apply(row).expiresAt())),
                column(
                        rows,
                        Long[]::new,
                        row -> current.apply(row)
                                .lastReminder()
                                .map(Duration::toSeconds)
                                .orElse(null)),
                column(
                        rows,
                        OffsetDateTime[]::new,
                        row -> utc(current.apply(row).nextReminderAt())),
                column(rows, OffsetDateTime[]::new, row -> utc(row.history().at())),
                column(rows, Long[]::new, row -> row.history().actorId().orElse(null)),
                column(rows, OffsetDateTime[]::new, row -> utc(row.history().previousExpiry())));
    }

    static Tuple past(List<ImportedSubscription> rows) {
        return tuple(
                column(rows, Long[]::new, ImportedSubscription::userId),
                column(rows, OffsetDateTime[]::new, row -> utc(row.history().at())),
                column(rows, Long[]::new, row -> row.history().actorId().orElse(null)),
                column(rows, OffsetDateTime[]::new, row -> utc(row.history().previousExpiry())),
                column(rows, OffsetDateTime[]::new, row -> utc(row.history().newExpiry())));
    }

    static Tuple tokens(List<InvitationToken> rows) {
        return tuple(
                column(rows, String[]::new, row -> row.hash().hex()),
                column(rows, String[]::new, InvitationToken::prefix),
                column(rows, Integer[]::new, row -> Math.toIntExact(row.grants().toMinutes())),
                column(rows, Integer[]::new, InvitationToken::maxUses),
                column(rows, Integer[]::new, InvitationToken::uses),
                column(rows, OffsetDateTime[]::new, row -> utc(row.mintedAt())),
                column(rows, OffsetDateTime[]::new, row -> utc(row.validUntil())),
                column(rows, Long[]::new, InvitationToken::mintedBy),
                column(rows, Boolean[]::new, InvitationToken::revoked));
    }

    static Tuple joinRequests(List<JoinRequest> rows) {
        return tuple(
                column(rows, Long[]::new, JoinRequest::userId),
                column(rows, Long[]::new, JoinRequest::chatId),
                column(rows, Long[]::new, JoinRequest::userChatId),
                column(rows, OffsetDateTime[]::new, row -> utc(row.requestedAt())),
                column(rows, String[]::new, row -> row.status().name()));
    }

    static Tuple found(ImportBatch batch) {
        List<ImportedSubscription> past = batch.past();
        return tuple(
                column(batch.users(), Long[]::new, row -> row.user().id()),
                column(batch.active(), Long[]::new, ImportedSubscription::userId),
                column(past, Long[]::new, ImportedSubscription::userId),
                column(past, OffsetDateTime[]::new, row -> utc(row.history().at())),
                column(past, OffsetDateTime[]::new, row -> utc(row.history().newExpiry())),
                column(batch.tokens(), String[]::new, row -> row.hash().hex()),
                column(batch.joinRequests(), Long[]::new, JoinRequest::userId),
                batch.freeChannelWait()
                        .map(wait -> Math.toIntExact(wait.minutes()))
                        .orElse(-1),
                column(batch.requesters(), Long[]::new, row -> row.user().id()));
    }

    private static Tuple tuple(Object... values) {
        Tuple tuple = Tuple.tuple();
        for (Object value : values) {
            tuple.addValue(value);
        }
        return tuple;
    }

    private static <R, C> C[] column(List<R> rows, IntFunction<C[]> array, Function<R, C> value) {
        C[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(ImportColumns::utc).orElse(null);
    }
}
