package io.vipgate.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the drills read from a {@link CallLog}: calls per user, the busiest second, the closest two calls to a chat. */
final class CallCounts {

    /** How many users of a batch had none, exactly one and more than one accepted call of a method. */
    record Spread(long none, long one, long more) {

        @Override
        public String toString() {
            return "one " + one + ", none " + none + ", more than one " + more;
        }
    }

    private CallCounts() {
    }

    static Spread perUser(CallLog log, String method, DueBatch batch) {
        Map<Long, Integer> accepted = log.accepted(method);
        long none = 0;
        long one = 0;
        long more = 0;
        for (long user = batch.first(); user <= batch.last(); user++) {
            int n = accepted.getOrDefault(user, 0);
            if (n == 0) {
                none++;
            } else if (n == 1) {
                one++;
            } else {
                more++;
            }
        }
        return new Spread(none, one, more);
    }

    /** The most calls that arrived within any window of {@code windowMillis} (sliding, starting at each call). */
    static int busiestWindow(List<CallLog.Call> calls, double windowMillis) {
        List<Double> at = calls.stream().map(CallLog.Call::atMillis).sorted().toList();
        int most = 0;
        int end = 0;
        for (int start = 0; start < at.size(); start++) {
            while (end < at.size() && at.get(end) < at.get(start) + windowMillis) {
                end++;
            }
            most = Math.max(most, end - start);
        }
        return most;
    }

    /** The shortest time between two calls to the same user, or infinity when no user had two. */
    static double closestToOneUser(List<CallLog.Call> calls) {
        Map<Long, Double> last = new HashMap<>();
        double closest = Double.POSITIVE_INFINITY;
        for (CallLog.Call call : calls.stream().sorted(Comparator.comparingDouble(CallLog.Call::atMillis)).toList()) {
            Double previous = last.put(call.subject(), call.atMillis());
            if (previous != null) {
                closest = Math.min(closest, call.atMillis() - previous);
            }
        }
        return closest;
    }

    static List<CallLog.Call> of(List<CallLog.Call> calls, String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }
}
