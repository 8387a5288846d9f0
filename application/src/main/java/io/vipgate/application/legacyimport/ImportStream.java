package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportSession;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.token.InvitationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects mapped rows into batches of {@link #BATCH} and writes each into the import's open transaction as soon as
 * it is full, so that the import holds one batch at a time, never the whole file. Blocking: it waits for each write.
 */
final class ImportStream implements LegacyValidation.Sink {

    static final int BATCH = 5_000;

    private final ImportSession session;
    private final List<ImportedUser> users = new ArrayList<>();
    private final List<ImportedUser> requesters = new ArrayList<>();
    private final List<ImportedSubscription> subscriptions = new ArrayList<>();
    private final List<InvitationToken> tokens = new ArrayList<>();
    private final List<JoinRequest> joinRequests = new ArrayList<>();
    private Optional<FreeChannelWait> wait = Optional.empty();
    private int held;
    private ImportWritten written = ImportWritten.NONE;

    ImportStream(ImportSession session) {
        this.session = session;
    }

    @Override
    public void user(ImportedUser user) {
        hold(users, user);
    }

    @Override
    public void requester(ImportedUser user) {
        hold(requesters, user);
    }

    @Override
    public void subscription(ImportedSubscription subscription) {
        hold(subscriptions, subscription);
    }

    @Override
    public void token(InvitationToken token) {
        hold(tokens, token);
    }

    @Override
    public void joinRequest(JoinRequest request) {
        hold(joinRequests, request);
    }

    @Override
    public void freeChannelWait(FreeChannelWait wait) {
        this.wait = Optional.of(wait);
    }

    /** Writes what is still held; the counts of every batch, added up. */
    ImportWritten flush() {
        if (held > 0 || wait.isPresent()) {
            ImportBatch batch = new ImportBatch(users, subscriptions, tokens, joinRequests, wait, requesters);
            written = written.plus(session.write(batch).toCompletableFuture().join());
            users.clear();
            requesters.clear();
            subscriptions.clear();
            tokens.clear();
            joinRequests.clear();
            wait = Optional.empty();
            held = 0;
        }
        return written;
    }

    private <T> void hold(List<T> rows, T row) {
        rows.add(row);
        if (++held >= BATCH) {
            flush();
        }
    }
}
