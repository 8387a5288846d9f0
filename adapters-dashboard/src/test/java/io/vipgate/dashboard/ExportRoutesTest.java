package io.vipgate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vipgate.application.dashboard.port.in.ExportRowsUseCase;
import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV export over a real Vert.x HTTP server: the header, then every row in key order, one batch read at a time;
 * an empty table is its header line alone.
 */
class ExportRoutesTest {

    private static final SignedIn ADMIN = new SignedIn(1001L, "c".repeat(43));

    /** {@code rows} subscribers with ids 1..rows, handed out by key, recording each batch asked for. */
    private static final class Table implements ExportRowsUseCase {
        private final long rows;
        private final List<Long> asked = new ArrayList<>();

        Table(long rows) {
            this.rows = rows;
        }

        @Override
        public synchronized CompletionStage<List<SubscriberRow>> subscribersAfter(long userId, int limit) {
            asked.add(userId);
            return CompletableFuture.supplyAsync(() -> LongStream.rangeClosed(
                            userId + 1, Math.min(rows, userId + limit))
                    .mapToObj(id -> new SubscriberRow(
                            id, "User " + id, Optional.empty(), Optional.of("ACTIVE"), Optional.of(Instant.EPOCH)))
                    .toList());
        }

        @Override
        public CompletionStage<List<PaymentRow>> paymentsAfter(long paymentId, int limit) {
            return CompletableFuture.completedFuture(List.of());
        }
    }

    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private String export(ExportRowsUseCase table, String path) throws Exception {
        ExportRoutes routes = new ExportRoutes(table);
        Router router = Router.router(vertx);
        router.get("/admin/export/subscribers.csv").handler(context -> routes.subscribers(context, ADMIN));
        router.get("/admin/export/payments.csv").handler(context -> routes.payments(context, ADMIN));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        HttpClient client = vertx.createHttpClient();
        return client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", path)
                .compose(request -> request.send())
                .compose(response -> {
                    assertThat(response.getHeader("Transfer-Encoding")).isEqualTo("chunked");
                    assertThat(response.getHeader("Content-Type")).startsWith("text/csv");
                    return response.body().map(body -> status(response) + body.toString());
                })
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    private static String status(HttpClientResponse response) {
        return response.statusCode() + "\n";
    }

    @Test
    void anEmptyTable_isItsHeaderLine() throws Exception {
        assertThat(export(new Table(0), "/admin/export/subscribers.csv")).isEqualTo("200\n" + Csv.SUBSCRIBERS_HEADER);
        assertThat(export(new Table(0), "/admin/export/payments.csv")).isEqualTo("200\n" + Csv.PAYMENTS_HEADER);
    }

    @Test
    void aTableOfSeveralBatches_comesWhole_inKeyOrder_aBatchAtATime() throws Exception {
        long rows = 2L * ExportRowsUseCase.BATCH + 7;
        Table table = new Table(rows);

        String csv = export(table, "/admin/export/subscribers.csv");

        String[] lines = csv.substring("200\n".length()).split("\r\n");
        assertThat(lines).hasSize((int) rows + 1);
        assertThat(lines[1]).startsWith("1,User 1,");
        assertThat(lines[(int) rows]).startsWith(rows + ",User " + rows + ",");
        assertThat(table.asked).containsExactly(0L, (long) ExportRowsUseCase.BATCH, 2L * ExportRowsUseCase.BATCH);
    }

    @Test
    void aTableOfExactlyOneBatch_endsAfterAnEmptyRead() throws Exception {
        Table table = new Table(ExportRowsUseCase.BATCH);

        String csv = export(table, "/admin/export/subscribers.csv");

        assertThat(csv.split("\r\n")).hasSize(ExportRowsUseCase.BATCH + 1);
        assertThat(table.asked).containsExactly(0L, (long) ExportRowsUseCase.BATCH);
    }
}
