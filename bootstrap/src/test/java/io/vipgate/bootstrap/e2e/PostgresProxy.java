package io.vipgate.bootstrap.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vipgate.cache.testing.TcpProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A loopback proxy in front of the test PostgreSQL for the application's reactive pool (Flyway keeps its direct
 * JDBC URL), which a test stops to take the database away from this application only, Redis staying up.
 */
public class PostgresProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;

    /** The proxy of the application running now. */
    static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        URI database = URI.create(Optional.ofNullable(System.getenv("VIPGATE_TEST_REACTIVE_URL"))
                .orElse("postgresql://127.0.0.1:5432/vipgate_test"));
        proxy = new TcpProxy(
                freePort(),
                new InetSocketAddress(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort()));
        proxy.start();
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://" + proxy.address().getHostString() + ":"
                        + proxy.address().getPort() + database.getPath());
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
