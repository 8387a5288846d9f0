package io.vipgate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The update ids the application claimed in a range, and whether each claim is done, read where the application
 * keeps them: {@code processed_update} rows, or Redis keys {@code vipgate:<CACHE_VERSION>:upd:<id>} ({@code d} once
 * done), read with redis-cli (the bench has no Redis client).
 */
final class Claims {

    private Claims() {
    }

    /** Claimed ids in {@code processed_update}, mapped to their {@code done}. */
    static Map<Long, Boolean> inTable(Database db, long first, long last) throws Exception {
        Map<Long, Boolean> claims = new HashMap<>();
        try (Connection connection = db.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT update_id, done FROM processed_update WHERE update_id BETWEEN ? AND ?")) {
            query.setLong(1, first);
            query.setLong(2, last);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    claims.put(rows.getLong(1), rows.getBoolean(2));
                }
            }
        }
        return claims;
    }

    /** Claimed ids with a key in Redis, mapped to whether the key says done. */
    static Map<Long, Boolean> inRedis(Harness h, long first, long last) throws Exception {
        String prefix = "vipgate:bench-" + h.stamp + ":upd:";
        List<String> keys = redisCli(h, List.of("--scan", "--pattern", prefix + "*")).stream()
                .filter(key -> key.startsWith(prefix) && key.substring(prefix.length()).matches("\\d+"))
                .filter(key -> {
                    long id = Long.parseLong(key.substring(prefix.length()));
                    return id >= first && id <= last;
                }).toList();
        Map<Long, Boolean> claims = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            List<String> command = new ArrayList<>(List.of("MGET"));
            command.addAll(chunk);
            List<String> values = redisCli(h, command);
            for (int i = 0; i < chunk.size(); i++) {
                claims.put(Long.parseLong(chunk.get(i).substring(prefix.length())),
                        i < values.size() && values.get(i).equals("d"));
            }
        }
        return claims;
    }

    /** Both stores: with Redis, an id taken while the breaker had Redis out of use is in the table. */
    static Map<Long, Boolean> anywhere(Harness h, boolean withRedis, long first, long last) throws Exception {
        Map<Long, Boolean> claims = inTable(h.db, first, last);
        if (withRedis) {
            inRedis(h, first, last).forEach((id, done) -> claims.merge(id, done, Boolean::logicalOr));
        }
        return claims;
    }

    /** Claimed ids whose claim is not done: updates in the middle of their handling, or left by a dead process. */
    static long notDone(Map<Long, Boolean> claims) {
        return claims.values().stream().filter(done -> !done).count();
    }

    private static List<String> redisCli(Harness h, List<String> arguments) throws Exception {
        String[] hostPort = h.settings.redisUrl().replace("redis://", "").split(":");
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", hostPort[0], "-p",
                hostPort[1].replaceAll("/.*", "")));
        command.addAll(arguments);
        Path out = Files.createTempFile("vipgate-drill-redis", ".txt");
        try {
            Process cli = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
            if (!cli.waitFor(60, TimeUnit.SECONDS) || cli.exitValue() != 0) {
                throw new IllegalStateException("redis-cli " + arguments.get(0) + " failed");
            }
            return Files.readAllLines(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
