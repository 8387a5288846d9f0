package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.ImportWritten;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The report's sentences for the operator: what each table became, and what to check in vipgate's settings. */
final class LegacyImportNotes {

    /** Past this many, the users with several subscription rows are counted, not named. */
    static final int DUPLICATES_NAMED = 20;

    private LegacyImportNotes() {}

    static List<String> of(LegacyValidation v, LegacyImportPolicy policy, Optional<ImportWritten> written) {
        List<String> notes = new ArrayList<>();
        notes.add("vip_subscribers: " + v.subscribers.active + " active become subscriptions with their exact expiry"
                + (v.subscribers.activeButEnded > 0
                        ? " (" + v.subscribers.activeButEnded
                                + " of them already past it: the expiry job removes those users at its first run)"
                        : "")
                + "; " + v.subscribers.expired + " expired become history lines only.");
        notes.add("invitation_tokens: " + v.tokens.importable + " unused and still valid are stored hashed,"
                + " redeemable with their old text; " + v.tokens.used + " used and " + v.tokens.expired
                + " expired are left out.");
        if (v.tokens.withoutPlan > 0) {
            notes.add("invitation_tokens: " + v.tokens.withoutPlan + " of them name no plan and grant "
                    + v.defaultDuration
                            .map(d -> d + " (--default-duration)")
                            .orElse("their duration_hours, as the legacy bot did")
                    + ".");
        }
        if (v.users.migrationAdmin) {
            notes.add("users: user 0 is left out: the legacy bot's migration script made it as a placeholder ADMIN;"
                    + " it is no Telegram user.");
        }
        if (!v.subscribers.duplicates.isEmpty()) {
            notes.add("vip_subscribers: " + v.subscribers.duplicates.size() + " user(s) have more than one row; the one"
                    + " that ends last is kept, the others are left out:");
            v.subscribers.duplicates.stream().limit(DUPLICATES_NAMED).forEach(line -> notes.add("    " + line));
            if (v.subscribers.duplicates.size() > DUPLICATES_NAMED) {
                notes.add("    ... and " + (v.subscribers.duplicates.size() - DUPLICATES_NAMED) + " more users");
            }
        }
        notes.add("subscription_plans: vipgate has no plans; a plan's duration_days became what its tokens grant.");
        notes.add("free_channel_requests: " + v.requests.pending.size() + " pending keep their request time"
                + v.freeChannelId.map(id -> " (free channel " + id + ")").orElse("") + "; " + v.requests.processed
                + " processed and " + v.requests.repeats + " repeated requests are left out.");
        if (v.requests.requesters > 0) {
            notes.add(ImportReports.REQUESTERS + ": " + v.requests.requesters + " pending requests came from people"
                    + " who never sent /start (the legacy bot kept no users row for them); they become users with their"
                    + " id only, and their names arrive with their next message or request.");
        }
        notes.add(v.config
                .wait
                .map(wait -> "bot_config: free-channel wait " + wait.minutes() + " minutes"
                        + written.filter(w -> w.settings().alreadyPresent() > 0)
                                .map(
                                        w ->
                                                "; vipgate's wait was kept (already the same, or set by an admin with /setwait)")
                                .orElse("")
                        + ".")
                .orElse("bot_config: no usable row, so vipgate's free-channel wait stays as it is."));
        if (v.config.extras) {
            notes.add("bot_config: reactions and subscription fees are not carried: vipgate has neither.");
        }
        notes.add("Channel ids are settings in vipgate (VIP_CHANNEL_ID, FREE_CHANNEL_ID): its database has no place"
                + " for them, so they are compared here, not imported.");
        channel(notes, "VIP", "VIP_CHANNEL_ID", v.config.vipChannel, policy.vipChannelId());
        channel(notes, "Free", "FREE_CHANNEL_ID", v.config.freeChannel, policy.freeChannelId());
        admins(notes, v.users.admins, policy.adminIds());
        return notes;
    }

    private static void channel(
            List<String> notes, String which, String setting, Optional<String> inFile, Optional<Long> configured) {
        if (inFile.isEmpty()) {
            return;
        }
        String file = inFile.get();
        if (configured.isEmpty()) {
            notes.add(
                    which + " channel in the file: " + file + "; " + setting + " is not set: set it to " + file + ".");
        } else if (file.equals(configured.get().toString())) {
            notes.add(which + " channel " + file + " matches " + setting + ".");
        } else {
            notes.add(which + " channel in the file is " + file + " but " + setting + " is " + configured.get()
                    + ": vipgate uses " + configured.get() + "; make sure the bot is an admin there.");
        }
    }

    private static void admins(List<String> notes, Set<Long> legacy, Set<Long> configured) {
        if (legacy.isEmpty()) {
            return;
        }
        Set<Long> missing = new TreeSet<>(legacy);
        missing.removeAll(configured);
        notes.add("Legacy admins (role ADMIN): " + legacy + ". They are imported as users: vipgate takes admins from"
                + " ADMIN_IDS only"
                + (missing.isEmpty() ? ", which lists them all." : "; not in ADMIN_IDS: " + missing + "."));
    }
}
