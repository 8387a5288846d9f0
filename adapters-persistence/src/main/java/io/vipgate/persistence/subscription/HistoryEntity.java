package io.vipgate.persistence.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code subscription_history}. */
@Entity
@Table(name = "subscription_history")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "token_id")
    public Long tokenId;

    @Column(name = "previous_expires_at")
    public Instant previousExpiresAt;

    @Column(name = "new_expires_at", nullable = false)
    public Instant newExpiresAt;

    /** Why, where the kind alone does not say (the refusal behind a REMOVAL_REFUSED line). */
    @Column(length = 64)
    public String detail;
}
