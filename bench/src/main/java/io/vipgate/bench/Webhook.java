package io.vipgate.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/** Posts updates to the application's webhook over a pool of keep-alive HTTP/1.1 connections. */
public final class Webhook implements AutoCloseable {

    public static final String PATH = "/telegram/webhook";
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** What one post got back: the status, and whether the body carried a reply (a Bot API method call). */
    public record Answer(int status, boolean replied, String body) {

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient client;
    private final RequestOptions options;

    public Webhook(Vertx vertx, int port, String secret, int connections, long timeoutMillis) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                        .setPipelining(false).setConnectTimeout(2000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        this.options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI(PATH).putHeader(SECRET_HEADER, secret).putHeader("Content-Type", "application/json")
                .setTimeout(timeoutMillis);
    }

    /** Never fails: a network error or timeout comes back as status 0. */
    public Future<Answer> post(Buffer body, boolean keepBody) {
        return client.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(reply -> new Answer(response.statusCode(),
                        reply.length() > 0, keepBody ? reply.toString() : null)))
                .otherwise(failure -> new Answer(0, false, String.valueOf(failure)));
    }

    @Override
    public void close() {
        client.close();
    }
}
