package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.in.ImportReport.Outcome;
import io.vipgate.application.legacyimport.port.in.TableReport;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds the closing report: one line per legacy table, from the checks and from what PostgreSQL took. */
final class ImportReports {

    /** The report's line for users known only from their join requests. */
    static final String REQUESTERS = "users from requests";

    private ImportReports() {}

    static ImportReport rejected(LegacyValidation v, LegacyImportPolicy policy, Map<String, Long> notCarried) {
        List<TableReport> tables = new ArrayList<>(v.checks().stream()
                .map(check -> line(check, Count.NONE, OptionalLong.empty()))
                .toList());
        requesters(v, Count.NONE, OptionalLong.empty()).ifPresent(tables::add);
        return new ImportReport(
                Outcome.REJECTED, tables, v.problems, LegacyImportNotes.of(v, policy, Optional.empty()), notCarried);
    }

    static ImportReport written(
            LegacyValidation v,
            LegacyImportPolicy policy,
            ImportWritten w,
            boolean dryRun,
            Map<String, Long> notCarried) {
        Count subscriptions = w.activeSubscriptions().plus(w.pastSubscriptions());
        List<TableReport> tables = new ArrayList<>(List.of(
                line(
                        v.config.check,
                        w.settings(),
                        v.config.wait.isPresent() ? OptionalLong.of(w.settings().found()) : OptionalLong.empty()),
                line(v.users.check, w.users(), OptionalLong.of(w.users().found())),
                line(v.plans.check, Count.NONE, OptionalLong.empty()),
                line(v.tokens.check, w.tokens(), OptionalLong.of(w.tokens().found())),
                line(v.subscribers.check, subscriptions, OptionalLong.of(subscriptions.found())),
                line(
                        v.requests.check,
                        w.joinRequests(),
                        OptionalLong.of(w.joinRequests().found()))));
        requesters(v, w.requesters(), OptionalLong.of(w.requesters().found())).ifPresent(tables::add);
        return new ImportReport(
                dryRun ? Outcome.DRY_RUN : Outcome.IMPORTED,
                tables,
                v.problems,
                LegacyImportNotes.of(v, policy, Optional.of(w)),
                notCarried);
    }

    private static TableReport line(LegacyTableCheck check, Count count, OptionalLong inPostgres) {
        return new TableReport(
                check.name(),
                check.read(),
                count.written(),
                count.alreadyPresent(),
                check.leftOut(),
                check.skipped(),
                inPostgres);
    }

    /** A line of its own, so that the users table's line still adds up to the rows it has. */
    private static Optional<TableReport> requesters(LegacyValidation v, Count count, OptionalLong inPostgres) {
        int read = v.requests.requesters;
        return read == 0
                ? Optional.empty()
                : Optional.of(
                        new TableReport(REQUESTERS, read, count.written(), count.alreadyPresent(), 0, 0, inPostgres));
    }
}
