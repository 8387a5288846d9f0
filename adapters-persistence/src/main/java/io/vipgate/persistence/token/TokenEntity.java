package io.vipgate.persistence.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code invitation_token}: the hash and prefix of a token, never its text. */
@Entity
@Table(name = "invitation_token")
public class TokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String hash;

    @Column(nullable = false, length = 8)
    public String prefix;

    @Column(name = "grants_minutes", nullable = false)
    public int grantsMinutes;

    @Column(name = "max_uses", nullable = false)
    public int maxUses;

    @Column(nullable = false)
    public int uses;

    @Column(name = "minted_at", nullable = false)
    public Instant mintedAt;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Column(name = "minted_by", nullable = false)
    public long mintedBy;

    @Column(nullable = false)
    public boolean revoked;
}
