package io.vipgate.bootstrap.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vipgate.application.jobs.port.in.JobRun;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a job and records it: {@code vipgate_jobs_runs_total{job,outcome}}, {@code vipgate_jobs_rows_total{job,outcome}}
 * and the run's duration, one log line for a run that did something and one for a run that failed. A failed run
 * never escapes to the scheduler: the next tick simply tries again.
 */
@Singleton
public class JobRecorder {

    private static final Logger LOG = Logger.getLogger(JobRecorder.class);

    private final MeterRegistry registry;

    JobRecorder(MeterRegistry registry) {
        this.registry = registry;
    }

    public CompletionStage<Void> run(String job, Supplier<CompletionStage<JobRun>> work) {
        long started = System.nanoTime();
        CompletionStage<JobRun> running;
        try {
            running = work.get();
        } catch (RuntimeException failure) {
            running = CompletableFuture.failedFuture(failure);
        }
        return running.handle((run, failure) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Timer.builder("vipgate.jobs.duration")
                    .tag("job", job)
                    .register(registry)
                    .record(took);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                runs(job, "error").increment();
                LOG.warnf("Job run failed: job=%s took_ms=%d error=\"%s\"", job, took.toMillis(), cause);
                return null;
            }
            runs(job, "ok").increment();
            rows(job, "done").increment(run.done());
            rows(job, "failed").increment(run.failed());
            if (run.done() > 0 || run.failed() > 0) {
                LOG.infof(
                        "Job run: job=%s done=%d failed=%d took_ms=%d problems=%s",
                        job, run.done(), run.failed(), took.toMillis(), run.problems());
            }
            return null;
        });
    }

    private Counter runs(String job, String outcome) {
        return Counter.builder("vipgate.jobs.runs")
                .description("Background job runs")
                .tag("job", job)
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter rows(String job, String outcome) {
        return Counter.builder("vipgate.jobs.rows")
                .description("Rows a background job completed or left for later")
                .tag("job", job)
                .tag("outcome", outcome)
                .register(registry);
    }
}
