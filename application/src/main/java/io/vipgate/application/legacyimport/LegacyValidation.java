package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportProblem;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every legacy row and maps the valid ones into domain values, before anything is written. */
final class LegacyValidation {

    final List<ImportProblem> problems;
    final LegacyBotConfig config;
    final LegacyUsers users;
    final LegacyPlans plans;
    final LegacyTokens tokens;
    final LegacySubscribers subscribers;
    final LegacyFreeRequests requests;
    final Optional<Long> freeChannelId;

    LegacyValidation(LegacySnapshot snapshot, ImportOptions options, LegacyImportPolicy policy, Instant now) {
        problems = new ArrayList<>(snapshot.problems());
        config = new LegacyBotConfig(check(snapshot, LegacySchema.BOT_CONFIG, LegacyBotConfig.COLUMNS));
        users = new LegacyUsers(check(snapshot, LegacySchema.USERS, LegacyUsers.COLUMNS), now);
        plans = new LegacyPlans(check(snapshot, LegacySchema.PLANS, LegacyPlans.COLUMNS));
        tokens = new LegacyTokens(check(snapshot, LegacySchema.TOKENS, LegacyTokens.COLUMNS), plans,
                options.defaultDuration(), now);
        subscribers = new LegacySubscribers(check(snapshot, LegacySchema.SUBSCRIBERS, LegacySubscribers.COLUMNS),
                users, tokens, policy.reminders(), now);
        // The configured channel is the one vipgate will approve requests in; the file's is the fallback.
        freeChannelId = policy.freeChannelId().or(config::freeChannelNumber);
        requests = new LegacyFreeRequests(check(snapshot, LegacySchema.FREE_REQUESTS, LegacyFreeRequests.COLUMNS),
                users, freeChannelId);
    }

    private LegacyTableCheck check(LegacySnapshot snapshot, String table, List<String> columns) {
        return new LegacyTableCheck(snapshot.table(table), columns, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** The valid rows, ready to write; with problems, only {@code --skip-invalid} may write it. */
    ImportBatch batch() {
        return new ImportBatch(List.copyOf(users.valid.values()), subscribers.imported, tokens.importable,
                List.copyOf(requests.pending.values()), config.wait);
    }

    List<LegacyTableCheck> checks() {
        return List.of(config.check, users.check, plans.check, tokens.check, subscribers.check, requests.check);
    }
}
