package io.vipgate.application.legacyimport.port.out;

import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.token.InvitationToken;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything an import writes, already validated and mapped into domain values. */
public record ImportBatch(List<ImportedUser> users, List<ImportedSubscription> subscriptions,
                          List<InvitationToken> tokens, List<JoinRequest> joinRequests,
                          Optional<FreeChannelWait> freeChannelWait) {

    public ImportBatch {
        users = List.copyOf(users);
        subscriptions = List.copyOf(subscriptions);
        tokens = List.copyOf(tokens);
        joinRequests = List.copyOf(joinRequests);
        Objects.requireNonNull(freeChannelWait, "freeChannelWait");
    }

    public List<ImportedSubscription> active() {
        return subscriptions.stream().filter(s -> s.current().isPresent()).toList();
    }

    public List<ImportedSubscription> past() {
        return subscriptions.stream().filter(s -> s.current().isEmpty()).toList();
    }

    public long rows() {
        return users.size() + subscriptions.size() + tokens.size() + joinRequests.size();
    }
}
