package io.vipgate.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code plan}: a title, a price in Stars, a duration sold once or {@code MONTHLY}. */
@Entity
@Table(name = "plan")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String title;

    @Column(name = "price_stars", nullable = false)
    public int priceStars;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "on_sale", nullable = false)
    public boolean onSale;

    @Column(name = "created_by", nullable = false)
    public long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
