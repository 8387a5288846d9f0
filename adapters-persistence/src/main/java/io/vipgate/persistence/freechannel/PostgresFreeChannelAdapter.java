package io.vipgate.persistence.freechannel;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Free-channel join requests and the wait before approval, in PostgreSQL. */
@ApplicationScoped
@Typed(PostgresFreeChannelAdapter.class)
public class PostgresFreeChannelAdapter implements JoinRequestRepository, SettingsRepository {

    private static final String INSERT_NEW = """
            INSERT INTO free_join_request (user_id, chat_id, user_chat_id, requested_at, status)
            VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (user_id) DO NOTHING
            """;

    private static final String SET_WAIT = """
            UPDATE bot_settings SET free_channel_wait_minutes = ?1, updated_by = ?2, updated_at = now() WHERE id = 1
            """;

    private final JoinRequestPanacheRepository requests;
    private final SettingsPanacheRepository settings;
    private final ReactiveWork work;

    PostgresFreeChannelAdapter(
            JoinRequestPanacheRepository requests, SettingsPanacheRepository settings, ReactiveWork work) {
        this.requests = requests;
        this.settings = settings;
        this.work = work;
    }

    @Override
    public CompletionStage<JoinRequest> record(JoinRequest incoming) {
        return work.run(() -> Panache.withTransaction(() -> UserRows.ensure(incoming.userId())
                .chain(ignored -> insertIfAbsent(incoming))
                .chain(inserted -> inserted == 1 ? Uni.createFrom().item(incoming) : repeat(incoming))));
    }

    private static Uni<Integer> insertIfAbsent(JoinRequest request) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT_NEW)
                        .setParameter(1, request.userId())
                        .setParameter(2, request.chatId())
                        .setParameter(3, request.userChatId())
                        .setParameter(4, request.requestedAt())
                        .setParameter(5, request.status().name())
                        .executeUpdate());
    }

    private static Uni<JoinRequest> repeat(JoinRequest incoming) {
        return Panache.getSession()
                .chain(session ->
                        session.find(JoinRequestEntity.class, incoming.userId(), LockModeType.PESSIMISTIC_WRITE))
                .map(row -> {
                    JoinRequest stored =
                            JoinRequestMappers.joinRequest(row).repeated(incoming.userChatId(), incoming.requestedAt());
                    JoinRequestMappers.copy(stored, row);
                    return stored;
                });
    }

    @Override
    public CompletionStage<Optional<JoinRequest>> find(long userId) {
        return work.run(() -> Panache.withSession(() ->
                requests.findById(userId).map(row -> Optional.ofNullable(row).map(JoinRequestMappers::joinRequest))));
    }

    @Override
    public CompletionStage<FreeChannelWait> freeChannelWait() {
        return work.run(() -> Panache.withSession(() -> settings.findById(SettingsEntity.ONLY_ROW)
                .map(row -> FreeChannelWait.ofMinutes(row.freeChannelWaitMinutes))));
    }

    @Override
    public CompletionStage<Void> setFreeChannelWait(FreeChannelWait wait, long adminId) {
        return work.run(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(SET_WAIT)
                                .setParameter(1, Math.toIntExact(wait.minutes()))
                                .setParameter(2, adminId)
                                .executeUpdate()))
                .replaceWithVoid());
    }
}
