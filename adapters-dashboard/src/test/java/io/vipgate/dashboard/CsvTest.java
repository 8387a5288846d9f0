package io.vipgate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 4180 lines, with fields a spreadsheet would run as formulas defused. */
class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaks_areQuoted_quotesDoubled() {
        assertThat(Csv.line(List.of("a,b", "say \"hi\"", "two\nlines", "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
    }

    @Test
    void formulaLikeFields_getAnApostrophe_butNegativeNumbersStay() {
        assertThat(Csv.line(List.of("=HYPERLINK(1)", "+1+2", "@cmd", "-12")))
                .isEqualTo("'=HYPERLINK(1),'+1+2,'@cmd,-12\r\n");
    }

    @Test
    void rows_followTheirHeaders() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        String subscriber = Csv.subscriber(
                new SubscriberRow(42, "Ana B", Optional.of("ana"), Optional.of("ACTIVE"), Optional.of(at)));
        String payment = Csv.payment(
                new PaymentRow(7, "charge-1", 42, "Gold, monthly", 250, "MONTHLY", "PAID", at, Optional.empty()));

        assertThat(Csv.SUBSCRIBERS_HEADER).isEqualTo("user_id,name,username,status,expires_at\r\n");
        assertThat(subscriber).isEqualTo("42,Ana B,ana,ACTIVE,2026-12-01T10:00:00Z\r\n");
        assertThat(Csv.PAYMENTS_HEADER).startsWith("payment_id,user_id,plan,stars,");
        assertThat(payment).isEqualTo("7,42,\"Gold, monthly\",250,MONTHLY,PAID,2026-12-01T10:00:00Z,\r\n");
    }
}
