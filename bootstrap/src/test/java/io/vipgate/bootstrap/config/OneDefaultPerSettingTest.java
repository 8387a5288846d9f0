package io.vipgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.vipgate.bootstrap.jobs.JobsConfig;
import io.vipgate.cache.CacheConfig;
import io.vipgate.dashboard.DashboardConfig;
import io.vipgate.telegram.TelegramConfig;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each setting has its default in one place: the {@code @WithDefault} of the mapping that reads it, or else
 * application.properties, Quarkus itself, or (for DB_WAIT, read before Quarkus) {@link DatabaseWait}. .env.example
 * shows every operator variable, and the value it shows for one that has a default is that default.
 */
class OneDefaultPerSettingTest {

    private static final List<Class<?>> MAPPINGS = List.of(
            BotConfig.class,
            StoreConfig.class,
            JobsConfig.class,
            CacheConfig.class,
            TelegramConfig.class,
            DashboardConfig.class);
    /** Quarkus's own defaults, and the one read before Quarkus starts. */
    private static final Map<String, String> OUTSIDE_THE_MAPPINGS = Map.of(
            "quarkus.http.port",
            "8080",
            "quarkus.management.port",
            "9000",
            "vipgate.db-wait",
            DatabaseWait.DEFAULT_LIMIT.toSeconds() + "s");
    /** Variables parsed or composed outside the table (EnvironmentConfigSource, the public URL's line). */
    private static final List<String> OUTSIDE_THE_TABLE =
            List.of("DATABASE_URL", "REDIS_URL", "PUBLIC_URL", "RAILWAY_PUBLIC_DOMAIN");

    private static final Pattern EXAMPLE_LINE = Pattern.compile("(?:# )?([A-Z][A-Z0-9_]*)=(.*)");

    @Test
    void noPropertyIsDefaultedBothInItsMappingAndInApplicationProperties() throws IOException {
        Properties file = applicationProperties();

        for (String property : file.stringPropertyNames()) {
            assertThat(mappingDefault(property))
                    .as("%s has a @WithDefault; application.properties must not set it again", property)
                    .isEmpty();
        }
    }

    @Test
    void envExample_showsEveryOperatorVariable() throws IOException {
        assertThat(envExample().keySet())
                .containsAll(OperatorVariables.propertyByVariable().keySet())
                .containsAll(OUTSIDE_THE_TABLE);
    }

    @Test
    void envExample_namesNoVariableTheBotDoesNotRead() throws IOException {
        for (String variable : envExample().keySet()) {
            assertThat(OperatorVariables.propertyOf(variable).isPresent() || OUTSIDE_THE_TABLE.contains(variable))
                    .as("%s in .env.example is read by nothing", variable)
                    .isTrue();
        }
    }

    @Test
    void envExample_showsTheDefaultThatApplies() throws IOException {
        Properties file = applicationProperties();
        Map<String, String> examples = envExample();

        OperatorVariables.propertyByVariable().forEach((variable, property) -> {
            Optional<String> fallback = mappingDefault(property)
                    .or(() -> Optional.ofNullable(file.getProperty(property)))
                    .or(() -> Optional.ofNullable(OUTSIDE_THE_MAPPINGS.get(property)));
            fallback.ifPresent(value -> assertThat(examples.get(variable))
                    .as("the default .env.example shows for %s", variable)
                    .isEqualTo(value));
        });
    }

    @Test
    void aDefaultIsFoundWhereItLives() {
        assertThat(mappingDefault("vipgate.bot.reminder-offsets")).hasValue("3d,1d,1h");
        assertThat(mappingDefault("vipgate.jobs.broadcast.lease")).hasValue("30s");
        assertThat(mappingDefault("vipgate.bot.admin-ids")).isEmpty();
        assertThat(mappingDefault("quarkus.http.port")).isEmpty();
    }

    /** The @WithDefault of the mapping method a property names, walking nested groups. */
    private static Optional<String> mappingDefault(String property) {
        for (Class<?> mapping : MAPPINGS) {
            String prefix = mapping.getAnnotation(ConfigMapping.class).prefix() + ".";
            if (property.startsWith(prefix)) {
                return defaultIn(mapping, property.substring(prefix.length()).split("\\."), 0);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> defaultIn(Class<?> group, String[] path, int index) {
        for (Method method : group.getMethods()) {
            if (!nameOf(method).equals(path[index])) {
                continue;
            }
            if (index == path.length - 1) {
                return Optional.ofNullable(method.getAnnotation(WithDefault.class))
                        .map(WithDefault::value);
            }
            return defaultIn(method.getReturnType(), path, index + 1);
        }
        return Optional.empty();
    }

    private static String nameOf(Method method) {
        WithName name = method.getAnnotation(WithName.class);
        return name != null
                ? name.value()
                : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("%"))
                .forEach(properties::remove);
        return properties;
    }

    private static Map<String, String> envExample() throws IOException {
        Map<String, String> examples = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../.env.example"))) {
            Matcher matcher = EXAMPLE_LINE.matcher(line);
            if (matcher.matches()) {
                examples.put(matcher.group(1), matcher.group(2));
            }
        }
        return examples;
    }
}
