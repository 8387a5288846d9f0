package io.vipgate.application.fakes;

import io.vipgate.application.gate.port.out.InviteLinks;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The link table in memory: each row a link, its owner, and whether it was revoked. */
public final class InMemoryInviteLinks implements InviteLinks {

    /** One stored link. */
    public record Row(long userId, InviteLink link, boolean revoked) {}

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized CompletionStage<List<String>> replace(long userId, InviteLink link, Instant now) {
        List<String> replaced = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.userId() == userId
                    && !row.revoked()
                    && row.link().expiresAt().isAfter(now)) {
                rows.set(i, new Row(userId, row.link(), true));
                replaced.add(row.link().url());
            }
        }
        rows.add(new Row(userId, link, false));
        return CompletableFuture.completedFuture(replaced);
    }

    /** The user's links that are neither revoked nor expired at {@code now}. */
    public synchronized List<String> live(long userId, Instant now) {
        return rows.stream()
                .filter(row -> row.userId() == userId
                        && !row.revoked()
                        && row.link().expiresAt().isAfter(now))
                .map(row -> row.link().url())
                .toList();
    }
}
