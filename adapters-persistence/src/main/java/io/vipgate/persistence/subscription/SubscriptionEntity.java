package io.vipgate.persistence.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code subscription}: one per user. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "period_started_at", nullable = false)
    public Instant periodStartedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "last_reminder_seconds")
    public Long lastReminderSeconds;

    @Column(name = "next_reminder_at")
    public Instant nextReminderAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
