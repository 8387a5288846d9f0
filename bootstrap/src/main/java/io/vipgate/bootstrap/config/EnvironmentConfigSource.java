package io.vipgate.bootstrap.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Translates the platform's variables into Quarkus settings: {@code DATABASE_URL} into the JDBC and reactive
 * datasource, {@code REDIS_URL} into the Redis hosts. Ranks above application.properties and below explicit
 * {@code QUARKUS_*} variables, so an operator can still override any single value.
 */
public class EnvironmentConfigSource implements ConfigSource {

    static final int ORDINAL = 275;

    private final Map<String, String> properties;

    public EnvironmentConfigSource() {
        this(name -> Optional.ofNullable(System.getenv(name)));
    }

    EnvironmentConfigSource(Function<String, Optional<String>> environment) {
        this.properties = translate(environment);
    }

    static Map<String, String> translate(Function<String, Optional<String>> environment) {
        Map<String, String> translated = new HashMap<>();
        environment.apply("DATABASE_URL").filter(url -> !url.isBlank()).ifPresent(text -> {
            try {
                DatabaseUrl url = DatabaseUrl.parse(text);
                translated.put("quarkus.datasource.jdbc.url", url.jdbcUrl());
                translated.put("quarkus.datasource.reactive.url", url.reactiveUrl());
                url.user().ifPresent(user -> translated.put("quarkus.datasource.username", user));
                url.password().ifPresent(password -> translated.put("quarkus.datasource.password", password));
            } catch (IllegalArgumentException malformed) {
                // SettingsCheck reports it with the other problems before Quarkus starts.
            }
        });
        environment
                .apply("REDIS_URL")
                .filter(url -> !url.isBlank())
                .ifPresent(url -> translated.put("quarkus.redis.hosts", url.strip()));
        return Map.copyOf(translated);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "vipgate-environment";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
