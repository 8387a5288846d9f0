package io.vipgate.telegram.fake;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiSettings;
import io.vipgate.telegram.client.TestClients;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test of the Telegram adapter needs, as a JUnit extension on a static field: one Vert.x for the class, and
 * for each test a fresh fake Bot API and a client pointed at it, closed after the test.
 */
public final class FakeBotApiExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Function<String, BotApiSettings> settings;
    private Vertx vertx;
    private FakeBotApi api;
    private BotApiClient client;

    /** Clients with {@link TestClients#fast}: short backoffs and timeouts, sends effectively unpaced. */
    public FakeBotApiExtension() {
        this(TestClients::fast);
    }

    /** Clients with the settings made from the fake's base URL. */
    public FakeBotApiExtension(Function<String, BotApiSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        vertx = Vertx.vertx();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        api = FakeBotApi.start(vertx);
        client = new BotApiClient(vertx, settings.apply(api.baseUrl()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        api.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        vertx.closeAndAwait();
    }

    public Vertx vertx() {
        return vertx;
    }

    public FakeBotApi api() {
        return api;
    }

    public BotApiClient client() {
        return client;
    }
}
