package io.vipgate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every request the fake Bot API received, for the drills that must say what went out when and to whom: arrival time,
 * method, the user it concerns and the status it was answered with, and the text of every message. Off in the
 * benchmark, where it would only cost.
 * A trigger runs an action on the n-th arrival of a method, before the fake answers it.
 */
final class CallLog {

    /** One request: when it arrived (ms since the log began), its method (lower case), its user, the answer. */
    record Call(double atMillis, String method, long subject, int status, int retryAfterSeconds) {
    }

    private record Trigger(String method, long count, Runnable action) {
    }

    private final long t0 = System.nanoTime();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Long> arrivals = new HashMap<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final Map<Long, List<String>> messages = new HashMap<>();

    /** Runs {@code action} when the {@code count}-th request of {@code method} arrives (on the fake's event loop). */
    synchronized void onArrival(String method, long count, Runnable action) {
        triggers.add(new Trigger(method, count, action));
    }

    /** Records one request as it arrives; a message counts as received from then on, whatever its answer. */
    void record(String method, long subject, int status, int retryAfterSeconds, String body) {
        List<Runnable> due = new ArrayList<>();
        synchronized (this) {
            calls.add(new Call(millis(System.nanoTime()), method, subject, status, retryAfterSeconds));
            if (method.equals("sendmessage") && status == 200) {
                messages.computeIfAbsent(subject, user -> new ArrayList<>()).add(body);
            }
            long n = arrivals.merge(method, 1L, Long::sum);
            triggers.stream().filter(t -> t.method().equals(method) && t.count() == n).forEach(t -> due.add(t.action()));
        }
        due.forEach(Runnable::run);
    }

    /** Milliseconds since the log began, on the same clock as the calls. */
    double now() {
        return millis(System.nanoTime());
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The request bodies of the messages sent to {@code user} (answered 200). */
    synchronized List<String> messagesTo(long user) {
        return List.copyOf(messages.getOrDefault(user, List.of()));
    }

    /** Requests of {@code method} answered 200, per user. */
    synchronized Map<Long, Integer> accepted(String method) {
        Map<Long, Integer> perUser = new HashMap<>();
        calls.stream().filter(c -> c.method().equals(method) && c.status() == 200)
                .forEach(c -> perUser.merge(c.subject(), 1, Integer::sum));
        return perUser;
    }

    private double millis(long nanos) {
        return (nanos - t0) / 1e6;
    }
}
