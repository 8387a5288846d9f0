package io.vipgate.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The dashboard's settings; the bot token signs the Mini App's {@code initData}. */
@ConfigMapping(prefix = "vipgate.dashboard")
public interface DashboardConfig {

    String botToken();

    /** Sign-in attempts (links and Mini App openings) a client address may make a minute. */
    @WithDefault("10")
    int signInAttemptsPerMinute();
}
