package io.vipgate.bootstrap.importer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application as {@code import-sqlite} starts it: import mode, no scheduler. */
public class ImportTestMode implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(ImportMode.PROPERTY, ImportMode.IMPORT, "quarkus.scheduler.enabled", "false");
    }
}
