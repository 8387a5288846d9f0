package io.vipgate.persistence.freechannel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code free_join_request}: one per user. */
@Entity
@Table(name = "free_join_request")
public class JoinRequestEntity {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "chat_id", nullable = false)
    public long chatId;

    @Column(name = "user_chat_id", nullable = false)
    public long userChatId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(nullable = false, length = 16)
    public String status;
}
