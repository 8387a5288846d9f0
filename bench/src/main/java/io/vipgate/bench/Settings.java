package io.vipgate.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runner's options, from {@code --name=value} arguments (bench/run fills in the paths). {@code --quick} makes
 * every step short, for a smoke run while the machine is busy; the numbers it prints are not the benchmark.
 * {@code --native=<executable>} runs every scenario against a native binary instead of the fast-jar (start-up: the
 * binary alone), with {@code --native-options} as its run-time options (default {@link #DEFAULT_NATIVE_OPTIONS}).
 */
public record Settings(Path root, Path jar, Path java, String jdbcUrl, String dbUser, String dbPassword,
                       String redisUrl, Path results, boolean quick, Duration step, Duration saturation,
                       Set<Integer> scenarios, boolean jfr, List<String> appJvmOptions, int dbPoolSize, int port,
                       int managementPort, Map<String, String> jobEnv, List<Double> rates, Path nativeBinary,
                       List<String> nativeOptions) {

    static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError");

    /** The heap limit Dockerfile.native and railway.toml give the binary. */
    static final List<String> DEFAULT_NATIVE_OPTIONS = List.of("-Xmx64m");

    public static Settings parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> jobEnv = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + " (options look like --name=value)");
            }
            String[] pair = arg.substring(2).split("=", 2);
            if (pair[0].equals("app-env")) {
                String[] variable = pair[1].split("=", 2);
                jobEnv.put(variable[0], variable[1]);
            } else {
                options.put(pair[0], pair.length > 1 ? pair[1] : "true");
            }
        }
        boolean quick = Boolean.parseBoolean(options.getOrDefault("quick", "false"));
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Set<Integer> scenarios = new TreeSet<>();
        Arrays.stream(options.getOrDefault("scenarios", "1,2,3,4,5,6,7").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).forEach(scenarios::add);
        List<String> jvm = options.containsKey("app-jvm-options")
                ? List.of(options.get("app-jvm-options").trim().split("\\s+")) : DEFAULT_JVM_OPTIONS;
        List<Double> rates = new ArrayList<>();
        Arrays.stream(options.getOrDefault("rates", "500,1000,2000,4000").split(","))
                .map(String::trim).map(Double::parseDouble).forEach(rates::add);
        return new Settings(root,
                Path.of(options.getOrDefault("jar", root.resolve("bootstrap/target/quarkus-app/quarkus-run.jar").toString())),
                Path.of(options.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString())),
                options.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/vipgate_bench"),
                options.getOrDefault("db-user", "vipgate"), options.getOrDefault("db-password", "vipgate"),
                options.getOrDefault("redis-url", "redis://127.0.0.1:6379"),
                Path.of(options.getOrDefault("results", root.resolve("bench/results").toString())),
                quick,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("step-seconds", quick ? "4" : "20"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("saturation-seconds", quick ? "4" : "20"))),
                scenarios, Boolean.parseBoolean(options.getOrDefault("jfr", "false")), jvm,
                Integer.parseInt(options.getOrDefault("db-pool-size", "10")),
                Integer.parseInt(options.getOrDefault("port", "28481")),
                Integer.parseInt(options.getOrDefault("management-port", "28491")),
                jobEnv, rates,
                options.containsKey("native") ? Path.of(options.get("native")).toAbsolutePath() : null,
                options.containsKey("native-options") ? List.of(options.get("native-options").trim().split("\\s+"))
                        : DEFAULT_NATIVE_OPTIONS);
    }
}
