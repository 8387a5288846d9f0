package io.vipgate.bootstrap.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The background jobs, under {@code vipgate.jobs}. Intervals are read by {@link ScheduledJobs}' annotations:
 * a duration ({@code 30s}, {@code 5m}) or {@code off}; the scheduler looks at them once a second at most.
 */
@ConfigMapping(prefix = "vipgate.jobs")
public interface JobsConfig {

    /** JOB_EXPIRY_INTERVAL: how often subscriptions past their end are removed and expired. */
    @WithDefault("30s")
    String expiryInterval();

    /** JOB_REMINDER_INTERVAL: how often due reminders go out. */
    @WithDefault("1m")
    String reminderInterval();

    /** JOB_FREE_APPROVAL_INTERVAL: how often free-channel requests whose wait is over are approved. */
    @WithDefault("10s")
    String freeApprovalInterval();

    /** JOB_BROADCAST_INTERVAL: how soon a new (or interrupted) broadcast is taken up. */
    @WithDefault("5s")
    String broadcastInterval();

    /** JOB_SWEEP_INTERVAL: how often the VIP gate's sweep asks Telegram about members without VIP. */
    @WithDefault("10m")
    String sweepInterval();

    /** How often update ids older than a day are forgotten. */
    @WithDefault("1h")
    String pruneInterval();

    /** Rows a job claims at a time. */
    @WithDefault("50")
    int batchSize();

    /** How long a claim holds its rows: a runner that dies leaves them to another after this. */
    @WithDefault("5m")
    Duration lease();

    /** How long a row whose Telegram call failed waits before it is tried again. */
    @WithDefault("1m")
    Duration retryDelay();

    Broadcast broadcast();

    Sweep sweep();

    /** The VIP gate's sweep ({@link #sweepInterval()} is read by {@link GateJobs}). */
    interface Sweep {

        /** Users asked about per run; each {@code getChatMember} is paced like a message to the channel. */
        @WithDefault("20")
        int batchSize();

        /** How long a user found inside (and not removed) is left before they are asked about again. */
        @WithDefault("1h")
        Duration recheck();
    }

    /** Broadcast delivery. */
    interface Broadcast {

        /** Recipients between two edits of the admin's progress message (about one a second at 30/s). */
        @WithDefault("30")
        int batchSize();

        /** How long a runner holds a broadcast between batches; after a crash, another resumes it this much later. */
        @WithDefault("30s")
        Duration lease();
    }
}
