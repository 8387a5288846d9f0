package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportProblem;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.token.InvitationToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every legacy row and maps the valid ones into domain values, table by table, handing each to a sink as it
 * goes: a first pass with a sink that drops them finds the problems, a second one streams them into PostgreSQL.
 */
final class LegacyValidation {

    /** Where valid rows go as they are mapped; a table's users come before the rows that name them. */
    interface Sink {

        /** Drops everything: the checking pass. */
        Sink NONE = new Sink() {};

        default void user(ImportedUser user) {}

        default void requester(ImportedUser user) {}

        default void subscription(ImportedSubscription subscription) {}

        default void token(InvitationToken token) {}

        default void joinRequest(JoinRequest request) {}

        default void freeChannelWait(FreeChannelWait wait) {}
    }

    final List<ImportProblem> problems;
    final LegacyBotConfig config;
    final LegacyUsers users;
    final LegacyPlans plans;
    final LegacyTokens tokens;
    final LegacySubscribers subscribers;
    final LegacyFreeRequests requests;
    final Optional<Long> freeChannelId;
    final Optional<io.vipgate.domain.time.VipDuration> defaultDuration;
    private final ImportProgress progress;

    LegacyValidation(
            LegacySnapshot snapshot,
            ImportOptions options,
            LegacyImportPolicy policy,
            Instant now,
            Sink sink,
            ImportProgress progress) {
        this.progress = progress;
        defaultDuration = options.defaultDuration();
        problems = new ArrayList<>(snapshot.problems());
        config = new LegacyBotConfig(check(snapshot, LegacySchema.BOT_CONFIG, LegacyBotConfig.COLUMNS));
        config.wait.ifPresent(sink::freeChannelWait);
        users = new LegacyUsers(check(snapshot, LegacySchema.USERS, LegacyUsers.COLUMNS), now, sink);
        plans = new LegacyPlans(check(snapshot, LegacySchema.PLANS, LegacyPlans.COLUMNS));
        tokens = new LegacyTokens(
                check(snapshot, LegacySchema.TOKENS, LegacyTokens.COLUMNS),
                plans,
                options.defaultDuration(),
                now,
                sink);
        subscribers = new LegacySubscribers(
                check(snapshot, LegacySchema.SUBSCRIBERS, LegacySubscribers.COLUMNS),
                users,
                tokens,
                policy.reminders(),
                now,
                sink);
        // The configured channel is the one vipgate will approve requests in; the file's is the fallback.
        freeChannelId = policy.freeChannelId().or(config::freeChannelNumber);
        requests = new LegacyFreeRequests(
                check(snapshot, LegacySchema.FREE_REQUESTS, LegacyFreeRequests.COLUMNS), users, freeChannelId, sink);
    }

    private LegacyTableCheck check(LegacySnapshot snapshot, String table, List<String> columns) {
        return new LegacyTableCheck(snapshot.table(table), columns, problems, progress);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** How many rows the second pass writes, for the progress bar. */
    long rows() {
        return users.valid.size()
                + requests.requesters
                + subscribers.imported
                + tokens.importable
                + requests.pending.size();
    }

    List<LegacyTableCheck> checks() {
        return List.of(config.check, users.check, plans.check, tokens.check, subscribers.check, requests.check);
    }
}
