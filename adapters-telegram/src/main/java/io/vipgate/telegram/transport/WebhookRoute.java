package io.vipgate.telegram.transport;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * {@code POST /telegram/webhook}: Telegram's pushes, answered on the event loop by {@link WebhookEndpoint}. A plain
 * Vert.x route rather than a REST resource: the REST layer cost about a quarter of the CPU of an update (JFR,
 * bench/run) and this path needs none of it.
 */
@ApplicationScoped
public class WebhookRoute {

    private static final Logger LOG = Logger.getLogger(WebhookRoute.class);

    private final WebhookEndpoint endpoint;

    WebhookRoute(WebhookEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    void register(@Observes Router router) {
        router.post(TransportSettings.WEBHOOK_PATH)
                .handler(BodyHandler.create(false).setBodyLimit(WebhookEndpoint.MAX_BODY_BYTES))
                .handler(this::receive);
    }

    private void receive(RoutingContext context) {
        Buffer body = context.body().buffer();
        String secret = context.request().getHeader(WebhookEndpoint.SECRET_HEADER);
        endpoint.receive(secret, body == null ? null : body.getBytes())
                .subscribe()
                .with(answer -> respond(context, answer), failure -> {
                    // The endpoint turns every known failure into an answer; anything else is still Telegram's to
                    // retry.
                    LOG.errorf(failure, "Webhook update not handled, asking Telegram to retry");
                    respond(context, WebhookEndpoint.Answer.of(503));
                });
    }

    private void respond(RoutingContext context, WebhookEndpoint.Answer answer) {
        if (context.response().ended() || context.response().closed()) {
            endpoint.responded(answer, false);
            return;
        }
        context.response().setStatusCode(answer.status());
        Future<Void> written = answer.json()
                .map(json -> context.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(json))
                .orElseGet(() -> context.response().end());
        written.onComplete(result -> endpoint.responded(answer, result.succeeded()));
    }
}
