package io.vipgate.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code purchase_order}: who pressed which plan's button, at what price; its id is the invoice payload. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrderEntity {

    @Id
    @Column(length = 22)
    public String id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(nullable = false)
    public int amount;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "paid_at")
    public Instant paidAt;
}
