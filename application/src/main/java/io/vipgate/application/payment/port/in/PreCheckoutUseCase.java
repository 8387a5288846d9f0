package io.vipgate.application.payment.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Decides a {@code pre_checkout_query}, which Telegram wants answered within 10 seconds: reads only, no Telegram
 * call. Accepted only for an open order of this user, at this amount in Stars, of a plan still on sale.
 */
public interface PreCheckoutUseCase {

    CompletionStage<Verdict> check(long userId, String payload, String currency, int amount);

    /** Why a checkout is refused; the adapter words it in the buyer's language. */
    enum Refusal {
        UNKNOWN_ORDER,
        NOT_YOURS,
        ALREADY_PAID,
        STALE,
        WRONG_AMOUNT,
        PLAN_RETIRED
    }

    /** One case per answer. */
    sealed interface Verdict {
        record Accept() implements Verdict {}

        record Refuse(Refusal reason) implements Verdict {}
    }
}
