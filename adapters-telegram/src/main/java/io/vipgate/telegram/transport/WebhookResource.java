package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /telegram/webhook}: Telegram's pushes, answered on the event loop by {@link WebhookEndpoint}. */
@Path(TransportSettings.WEBHOOK_PATH)
public class WebhookResource {

    private final WebhookEndpoint endpoint;

    WebhookResource(WebhookEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(@HeaderParam(WebhookEndpoint.SECRET_HEADER) String secret, byte[] body) {
        return endpoint.receive(secret, body).map(answer -> answer.json()
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE))
                .orElseGet(() -> Response.status(answer.status()))
                .build());
    }
}
