package io.vipgate.application.fakes;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh user ids per test, so tests share a database without sharing data. */
public final class TestIds {

    private TestIds() {}

    public static long user() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }
}
