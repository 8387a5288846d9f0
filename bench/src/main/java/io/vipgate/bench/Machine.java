package io.vipgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the results need to say about the machine: cores, memory, kernel, JDKs, load, and tests running beside. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(Settings settings) throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("cpuModel", firstLine("/proc/cpuinfo", "model name"));
        machine.put("memTotalMb", Long.parseLong(firstLine("/proc/meminfo", "MemTotal").replaceAll("\\D", "")) / 1024);
        machine.put("kernel", read("/proc/sys/kernel/osrelease"));
        machine.put("appJdk", run(settings.java().toString(), "-version").lines().findFirst().orElse("?"));
        machine.put("benchJdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("postgres", run("psql", "--version").trim());
        machine.put("redis", run("redis-server", "--version").trim());
        machine.put("loadAverageAtStart", loadAverage());
        machine.put("testJvmsRunningAtStart", !run("pgrep", "-f", "surefire").isBlank());
        return machine;
    }

    static String loadAverage() {
        return read("/proc/loadavg");
    }

    private static String firstLine(String file, String prefix) {
        return read(file).lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("?");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
