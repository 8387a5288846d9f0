package io.vipgate.application.legacyimport.port.out;

import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.token.InvitationToken;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows an import writes, already validated and mapped into domain values: the whole import for a small file, one
 * batch of a few thousand rows of it for a large one. {@code requesters} are users known only from a join request
 * (the legacy bot stored no {@code users} row for them): their id, nothing else.
 */
public record ImportBatch(
        List<ImportedUser> users,
        List<ImportedSubscription> subscriptions,
        List<InvitationToken> tokens,
        List<JoinRequest> joinRequests,
        Optional<FreeChannelWait> freeChannelWait,
        List<ImportedUser> requesters) {

    public ImportBatch {
        users = List.copyOf(users);
        requesters = List.copyOf(requesters);
        subscriptions = List.copyOf(subscriptions);
        tokens = List.copyOf(tokens);
        joinRequests = List.copyOf(joinRequests);
        Objects.requireNonNull(freeChannelWait, "freeChannelWait");
    }

    public ImportBatch(
            List<ImportedUser> users,
            List<ImportedSubscription> subscriptions,
            List<InvitationToken> tokens,
            List<JoinRequest> joinRequests,
            Optional<FreeChannelWait> freeChannelWait) {
        this(users, subscriptions, tokens, joinRequests, freeChannelWait, List.of());
    }

    public List<ImportedSubscription> active() {
        return subscriptions.stream().filter(s -> s.current().isPresent()).toList();
    }

    public List<ImportedSubscription> past() {
        return subscriptions.stream().filter(s -> s.current().isEmpty()).toList();
    }

    public long rows() {
        return users.size() + requesters.size() + subscriptions.size() + tokens.size() + joinRequests.size();
    }
}
