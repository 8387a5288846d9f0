package io.vipgate.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/** Points the application's Redis client at a loopback port where {@link RedisOutageTest} runs a proxy. */
public class RedisOutageProfile implements QuarkusTestProfile {

    // A system property, not a static field: Quarkus loads test classes in more than one class loader.
    private static final String PORT_PROPERTY = "vipgate.test.redis-proxy-port";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.redis.hosts", proxiedUrl());
    }

    /** The real Redis the proxy forwards to. */
    static InetSocketAddress target() {
        URI real = realUrl();
        return new InetSocketAddress(real.getHost(), real.getPort() < 0 ? 6379 : real.getPort());
    }

    static synchronized int proxyPort() {
        String chosen = System.getProperty(PORT_PROPERTY);
        if (chosen == null) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                chosen = Integer.toString(probe.getLocalPort());
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            System.setProperty(PORT_PROPERTY, chosen);
        }
        return Integer.parseInt(chosen);
    }

    private static String proxiedUrl() {
        URI real = realUrl();
        try {
            // Same credentials and database, other address.
            return new URI(
                            real.getScheme(),
                            real.getUserInfo(),
                            "127.0.0.1",
                            proxyPort(),
                            real.getPath(),
                            real.getQuery(),
                            null)
                    .toString();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static URI realUrl() {
        return URI.create(Optional.ofNullable(System.getenv("VIPGATE_TEST_REDIS_URL"))
                .filter(url -> !url.isBlank())
                .orElse("redis://127.0.0.1:6379"));
    }
}
