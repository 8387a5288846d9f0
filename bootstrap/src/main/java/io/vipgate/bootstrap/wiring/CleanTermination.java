package io.vipgate.bootstrap.wiring;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import sun.misc.Signal;

/**
 * Makes SIGTERM end the process with status 0 after the usual graceful shutdown (the shutdown hooks run as
 * before). The JVM's own status for it, 143, reads as a crash to platforms with an on-failure restart policy,
 * while a stop the platform asked for is no failure.
 */
@Singleton
class CleanTermination {

    void install(@Observes StartupEvent started) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Signal.handle(new Signal("TERM"), signal -> System.exit(0));
        }
    }
}
