package io.vipgate.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A {@code postgresql://user:pass@host:port/db?sslmode=…} URL as Railway and Heroku hand it over, turned into
 * the JDBC URL Flyway needs and the reactive URL the application uses. Credentials are percent-decoded.
 */
public record DatabaseUrl(
        String host,
        int port,
        String database,
        Optional<String> user,
        Optional<String> password,
        Optional<String> sslMode) {

    public static DatabaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("is not a URL (" + malformed.getReason() + ")");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException("must start with postgresql:// or postgres://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("has no host");
        }
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        if (path.length() <= 1) {
            throw new IllegalArgumentException("names no database (.../<database>)");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        return new DatabaseUrl(
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                decode(path.substring(1)),
                user,
                password,
                queryParameter(uri.getRawQuery(), "sslmode"));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + sslMode.map(mode -> "?sslmode=" + mode).orElse("");
    }

    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + database
                + sslMode.map(mode -> "?sslmode=" + mode).orElse("");
    }

    /** Where it points, without credentials: safe for logs and error messages. */
    public String safeDescription() {
        return host + ":" + port + "/" + database;
    }

    private static Optional<String> queryParameter(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && decode(pair.substring(0, equals)).equals(name)) {
                return Optional.of(decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
