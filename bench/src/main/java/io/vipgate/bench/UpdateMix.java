package io.vipgate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The updates of one phase of the SIGKILL drill: {@code /start <token>} from each redeemer, and after every fourth a
 * {@code /status} from a user of another range, in update-id order. Tells, from what each user was sent, whether
 * every redeemer got their personal invite link and every {@code /status} writer an answer.
 */
final class UpdateMix {

    static final String INVITE_LINK = "t.me/+bench";
    private static final int STATUS_EVERY = 4;

    final Redemptions redemptions;
    final long statusFirst;
    final int statusCount;
    final List<Updates.Update> updates = new ArrayList<>();
    /** Who sent each update, by update id. */
    final Map<Integer, Long> senderOf = new java.util.HashMap<>();

    UpdateMix(Database db, Updates ids, long redeemersFirst, int redeemers, long statusFirst) throws Exception {
        this.redemptions = Redemptions.seed(db, redeemersFirst, redeemers);
        this.statusFirst = statusFirst;
        this.statusCount = redeemers / STATUS_EVERY;
        db.seedUsers(statusFirst, statusCount);
        for (int i = 0; i < redeemers; i++) {
            add(redemptions.update(ids, i), redemptions.user(i));
            if (i % STATUS_EVERY == STATUS_EVERY - 1) {
                long writer = statusFirst + i / STATUS_EVERY;
                add(ids.command(writer, "/status"), writer);
            }
        }
    }

    private void add(Updates.Update update, long sender) {
        updates.add(update);
        senderOf.put(update.id(), sender);
    }

    int firstId() {
        return updates.get(0).id();
    }

    int lastId() {
        return updates.get(updates.size() - 1).id();
    }

    /** Redeemers by how many of what they were sent carried an invite link: a second copy is allowed, none is not. */
    CallCounts.Spread links(Function<Long, List<String>> sentTo) {
        long none = 0;
        long one = 0;
        long more = 0;
        for (int i = 0; i < redemptions.size(); i++) {
            long withLink = sentTo.apply(redemptions.user(i)).stream().filter(text -> text.contains(INVITE_LINK)).count();
            none += withLink == 0 ? 1 : 0;
            one += withLink == 1 ? 1 : 0;
            more += withLink > 1 ? 1 : 0;
        }
        return new CallCounts.Spread(none, one, more);
    }

    /** Redeemers who were told "already yours": their redemption was found committed when handled again. */
    long toldAlreadyYours(Function<Long, List<String>> sentTo) {
        long told = 0;
        for (int i = 0; i < redemptions.size(); i++) {
            told += sentTo.apply(redemptions.user(i)).stream().anyMatch(text -> text.contains("already yours")) ? 1 : 0;
        }
        return told;
    }

    /** {@code /status} writers who were sent nothing. */
    long statusUnanswered(Function<Long, List<String>> sentTo) {
        long unanswered = 0;
        for (long user = statusFirst; user < statusFirst + statusCount; user++) {
            unanswered += sentTo.apply(user).isEmpty() ? 1 : 0;
        }
        return unanswered;
    }

    /** A view of what each user was sent, from replies in webhook answers (by update id) and from sendMessage. */
    static Function<Long, List<String>> sentTo(Map<Long, List<String>> inAnswers, CallLog log) {
        return user -> {
            List<String> all = new ArrayList<>(inAnswers.getOrDefault(user, List.of()));
            all.addAll(log.messagesTo(user));
            return all;
        };
    }
}
