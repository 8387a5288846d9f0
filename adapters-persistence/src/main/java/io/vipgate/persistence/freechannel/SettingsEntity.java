package io.vipgate.persistence.freechannel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row of {@code bot_settings}. */
@Entity
@Table(name = "bot_settings")
public class SettingsEntity {

    static final short ONLY_ROW = 1;

    @Id
    public Short id;

    @Column(name = "free_channel_wait_minutes", nullable = false)
    public int freeChannelWaitMinutes;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
