package io.vipgate.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.ExportRowsUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jboss.logging.Logger;

/**
 * The CSV exports, streamed: the header goes out at once, then one batch of rows at a time (read by key), and the
 * next batch is read only once the client has taken the last, so memory holds one batch whatever the table's size.
 */
@ApplicationScoped
public class ExportRoutes {

    private static final Logger LOG = Logger.getLogger(ExportRoutes.class);

    private final ExportRowsUseCase exports;

    ExportRoutes(ExportRowsUseCase exports) {
        this.exports = exports;
    }

    void subscribers(RoutingContext context, SignedIn admin) {
        Guard.audit(admin, "export", "table=subscribers");
        stream(
                context,
                "subscribers.csv",
                Csv.SUBSCRIBERS_HEADER,
                after -> exports.subscribersAfter(after, ExportRowsUseCase.BATCH),
                row -> row.userId(),
                Csv::subscriber);
    }

    void payments(RoutingContext context, SignedIn admin) {
        Guard.audit(admin, "export", "table=payments");
        stream(
                context,
                "payments.csv",
                Csv.PAYMENTS_HEADER,
                after -> exports.paymentsAfter(after, ExportRowsUseCase.BATCH),
                row -> row.id(),
                Csv::payment);
    }

    private <T> void stream(
            RoutingContext context,
            String file,
            String header,
            Function<Long, CompletionStage<List<T>>> batch,
            ToLongFunction<T> key,
            Function<T, String> line) {
        HttpServerResponse response = context.response()
                .setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.write(header);
        next(response, 0L, batch, key, line);
    }

    private <T> void next(
            HttpServerResponse response,
            long after,
            Function<Long, CompletionStage<List<T>>> batch,
            ToLongFunction<T> key,
            Function<T, String> line) {
        batch.apply(after).whenComplete((rows, failure) -> {
            if (failure != null) {
                // The status is sent already: cutting the stream short is how the client learns it is incomplete.
                LOG.errorf(failure, "CSV export cut short after key %d", after);
                response.reset();
                return;
            }
            if (response.closed()) {
                return;
            }
            StringBuilder chunk = new StringBuilder();
            rows.forEach(row -> chunk.append(line.apply(row)));
            response.write(chunk.toString());
            if (rows.size() < ExportRowsUseCase.BATCH) {
                response.end();
                return;
            }
            long last = key.applyAsLong(rows.getLast());
            if (response.writeQueueFull()) {
                response.drainHandler(ignored -> {
                    response.drainHandler(null);
                    next(response, last, batch, key, line);
                });
            } else {
                next(response, last, batch, key, line);
            }
        });
    }
}
