package io.vipgate.telegram.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;

/** Turns a Bot API HTTP answer into the method's result or a typed {@link BotApiException}. */
final class BotApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BotApiResponses() {}

    static <T> T read(String method, ResultReader<T> result, BotToken token, int status, String body) {
        if (status / 100 == 2) {
            try {
                return result.read(body);
            } catch (Exception e) {
                // falls through: an ok=false body or one that does not parse is mapped below
            }
        }
        throw error(method, token, status, body);
    }

    static BotApiException error(String method, BotToken token, int status, String body) {
        JsonNode answer = parse(body);
        int code = answer.path("error_code").asInt(status);
        String description = token.redact(answer.path("description").asText(defaultDescription(code)));
        if (code == 429) {
            long seconds =
                    Math.max(1, answer.path("parameters").path("retry_after").asLong(1));
            return new BotApiException.TooManyRequests(method, Duration.ofSeconds(seconds));
        }
        if (code == 400) {
            return new BotApiException.BadRequest(method, description);
        }
        if (code == 403) {
            return new BotApiException.Forbidden(method, description);
        }
        if (code == 404) {
            return new BotApiException.NotFound(method, description);
        }
        if (code >= 500 && code <= 599) {
            return new BotApiException.ServerError(method, code, description);
        }
        return new BotApiException.Rejected(method, code, code / 100 == 2 ? "unreadable answer" : description);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String defaultDescription(int code) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> code >= 500 ? "Server Error" : "HTTP " + code;
        };
    }
}
