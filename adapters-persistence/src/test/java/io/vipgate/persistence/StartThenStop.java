package io.vipgate.persistence;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/** The entry point of this module's {@code @QuarkusMainTest}s: exits 0 as soon as the application has started. */
@QuarkusMain
public class StartThenStop implements QuarkusApplication {

    @Override
    public int run(String... args) {
        return 0;
    }
}
