package io.vipgate.bootstrap.config;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import java.time.Duration;

/**
 * The configuration the checks before {@code Quarkus.run} read, built when the process starts from what Quarkus
 * itself reads at run time: system properties, the environment, {@code .env}, {@code application.properties} (with
 * the launch mode's profile), {@link EnvironmentConfigSource} and {@link OperatorVariablesInterceptor}. {@code ConfigProvider.getConfig()} cannot serve
 * here: in a native executable, before Quarkus starts, it is the configuration frozen into the image at build time,
 * which has never seen the operator's variables.
 */
public final class StartupConfig {

    private StartupConfig() {}

    /** A fresh configuration of this process; sources and converters are named, not discovered by ServiceLoader. */
    public static SmallRyeConfig build() {
        return ConfigUtils.emptyConfigBuilder()
                .withSources(new EnvironmentConfigSource())
                .withInterceptors(new OperatorVariablesInterceptor())
                .withConverter(Duration.class, 200, new DurationConverter())
                .build();
    }
}
