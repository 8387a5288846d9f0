package io.vipgate.application.payment.port.out;

import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Messages about payments the bot sends on its own: to a buyer whose payment was found late, and to admins. */
public interface PaymentNotices {

    /** Tells the buyer their access, with a link when one could be made; never fails. */
    CompletionStage<Void> accessBought(long userId, Instant expiresAt, Optional<InviteLink> link);

    /** Tells every admin that reconciliation granted a payment whose update was lost; never fails. */
    CompletionStage<Void> recovered(IncomingPayment payment, Instant expiresAt);
}
