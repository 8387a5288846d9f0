package io.vipgate.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;

/** Polling mode, PostgreSQL behind a proxy the test cuts, Redis up. */
public class PostgresOutagePollingMode extends PollingMode {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(PostgresProxy.class));
        return resources;
    }
}
