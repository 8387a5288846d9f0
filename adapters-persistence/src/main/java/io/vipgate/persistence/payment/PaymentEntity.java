package io.vipgate.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code payment}: one per {@code telegram_payment_charge_id}, with the time it granted. */
@Entity
@Table(name = "payment")
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "charge_id", nullable = false, unique = true, length = 256)
    public String chargeId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(name = "order_id", length = 22)
    public String orderId;

    @Column(nullable = false)
    public int amount;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(name = "paid_at", nullable = false)
    public Instant paidAt;

    @Column(name = "period_end")
    public Instant periodEnd;

    @Column(name = "granted_seconds", nullable = false)
    public long grantedSeconds;

    @Column(name = "renewal_canceled_at")
    public Instant renewalCanceledAt;

    @Column(name = "refunded_at")
    public Instant refundedAt;

    @Column(name = "refunded_by")
    public Long refundedBy;
}
