package io.vipgate.bench;

import java.util.Map;

/**
 * One measured load step (generatorMaxLagMs: the longest the load generator itself was late putting a request out,
 * which an open loop counts as latency; anything near p99 means the generator, not the application, made that tail), as written to the results JSON: what was asked (mode, rate, connections), what came
 * back (rate achieved, latency percentiles in ms, errors by status) and what it cost (CPU in percent of one core,
 * so 200 is both cores; the application's peak RSS in MiB), plus the fake Bot API's calls during the step.
 */
public record StepResult(String scenario, String step, String mode, double targetRate, int connections,
                         double seconds, long sent, long completed, long ok, long replied, Map<String, Long> failures,
                         double achievedRate, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs,
                         double generatorMaxLagMs, ProcSampler.Usage usage, Map<String, Long> telegramCalls) {

    static StepResult of(String scenario, String step, String mode, double targetRate, int connections,
                         double seconds, long sent, Tally tally, ProcSampler.Usage usage, Map<String, Long> calls) {
        return new StepResult(scenario, step, mode, targetRate, connections, ProcSampler.round1(seconds), sent,
                tally.completed(), tally.ok(), tally.replied(), tally.failures(),
                ProcSampler.round1(tally.ok() / seconds), tally.millisAt(50), tally.millisAt(90), tally.millisAt(99),
                tally.millisAt(99.9), tally.maxMillis(), tally.maxSendLagMillis(), usage, calls);
    }

    /** Updates that were sent but never answered within the step's limit. */
    public long missing() {
        return sent - completed;
    }

    public long errors() {
        return completed - ok + missing();
    }

    String line() {
        return String.format("%-10s %-22s %7s/s %9.1f/s  p50 %7.2f  p99 %7.2f  p99.9 %7.2f  max %8.2f ms  err %5d"
                        + "  gen-lag %5.1f  cpu app %5.1f%% pg %5.1f%% redis %4.1f%% bench %5.1f%%  rss %6.1f MiB",
                scenario, step, targetRate > 0 ? String.valueOf((long) targetRate) : "-", achievedRate, p50Ms, p99Ms,
                p999Ms, maxMs, errors(), generatorMaxLagMs, usage.appCpu(), usage.postgresCpu(), usage.redisCpu(), usage.benchCpu(),
                usage.appRssMb());
    }
}
