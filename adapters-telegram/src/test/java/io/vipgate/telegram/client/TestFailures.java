package io.vipgate.telegram.client;

/** Bot API failures as the client raises them, for tests outside this package. */
public final class TestFailures {

    private TestFailures() {}

    public static BotApiException telegramDown() {
        return new BotApiException.ServerError("createchatinvitelink", 502, "Bad Gateway");
    }

    public static BotApiException blockedByUser() {
        return new BotApiException.Forbidden("sendmessage", "Forbidden: bot was blocked by the user");
    }
}
