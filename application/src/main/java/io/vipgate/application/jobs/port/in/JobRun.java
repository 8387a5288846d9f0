package io.vipgate.application.jobs.port.in;

import java.util.List;

/**
 * What one run of a background job did: rows completed, rows that did not go through (left for a retry, or a
 * broadcast not delivered), and why (the first few, for the log).
 */
public record JobRun(int done, int failed, List<String> problems) {

    public static final JobRun NOTHING = new JobRun(0, 0, List.of());

    public JobRun {
        problems = List.copyOf(problems);
    }
}
