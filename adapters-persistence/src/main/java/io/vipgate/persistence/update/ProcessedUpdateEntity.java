package io.vipgate.persistence.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code processed_update}: an {@code update_id} already taken in. */
@Entity
@Table(name = "processed_update")
public class ProcessedUpdateEntity {

    @Id
    @Column(name = "update_id")
    public Long updateId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
