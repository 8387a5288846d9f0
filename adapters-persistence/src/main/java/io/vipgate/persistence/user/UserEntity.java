package io.vipgate.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code app_user}. */
@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    public Long id;

    @Column(name = "first_name", nullable = false, length = 256)
    public String firstName;

    @Column(name = "last_name", length = 256)
    public String lastName;

    @Column(length = 64)
    public String username;

    @Column(name = "language_code", length = 16)
    public String languageCode;

    @Column(nullable = false)
    public boolean reachable;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
