package io.vipgate.telegram.fake;

/** How {@link FakeBotApi} fails a scripted call instead of answering it. */
public sealed interface FakeFailure {

    /** An error answer as Telegram writes it: HTTP status = error_code, a description, maybe retry_after. */
    record Status(int code, String description, Integer retryAfter) implements FakeFailure {}

    /** The connection is closed without an answer. */
    record Drop() implements FakeFailure {}

    /** No answer at all, until the client gives up. */
    record Hang() implements FakeFailure {}

    static FakeFailure tooManyRequests(int retryAfterSeconds) {
        return new Status(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    static FakeFailure blockedByUser() {
        return forbidden("Forbidden: bot was blocked by the user");
    }

    static FakeFailure forbidden(String description) {
        return new Status(403, description, null);
    }

    static FakeFailure badRequest(String description) {
        return new Status(400, description, null);
    }

    static FakeFailure notFound() {
        return new Status(404, "Not Found", null);
    }

    static FakeFailure serverError() {
        return new Status(502, "Bad Gateway", null);
    }

    static FakeFailure dropConnection() {
        return new Drop();
    }

    static FakeFailure hang() {
        return new Hang();
    }
}
