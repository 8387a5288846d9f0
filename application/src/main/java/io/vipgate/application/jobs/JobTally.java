package io.vipgate.application.jobs;

import io.vipgate.application.jobs.port.in.JobRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Counts what a job run did; keeps the first few problems for its log line. */
public final class JobTally {

    private static final int PROBLEMS_KEPT = 10;

    private int done;
    private int failed;
    private final List<String> problems = new ArrayList<>();

    public synchronized void done() {
        done++;
    }

    public synchronized void failed(long userId, String why) {
        failed++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add("user " + userId + ": " + why);
        }
    }

    public synchronized JobRun run() {
        return new JobRun(done, failed, problems);
    }

    /** A failure's own message, without the wrapper a {@code CompletionStage} puts around it. */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null
                && (cause instanceof CompletionException || cause instanceof ExecutionException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
