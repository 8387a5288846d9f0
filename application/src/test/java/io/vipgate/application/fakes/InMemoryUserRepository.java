package io.vipgate.application.fakes;

import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Users in a map keyed by id. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<Long, BotUser> byId = new HashMap<>();

    @Override
    public CompletionStage<Void> upsert(BotUser user) {
        // Telegram leaves language_code out at times; a language once known is kept, as PostgreSQL does.
        byId.merge(
                user.id(),
                user,
                (old, fresh) -> fresh.languageCode().isPresent()
                        ? fresh
                        : new BotUser(
                                fresh.id(),
                                fresh.firstName(),
                                fresh.lastName(),
                                fresh.username(),
                                old.languageCode(),
                                fresh.reachable()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Optional<BotUser>> find(long userId) {
        return CompletableFuture.completedFuture(get(userId));
    }

    @Override
    public CompletionStage<Void> markUnreachable(long userId) {
        byId.merge(
                userId, BotUser.seen(userId, "", null, null, null).unreachable(), (old, ignored) -> old.unreachable());
        return CompletableFuture.completedFuture(null);
    }

    public Optional<BotUser> get(long userId) {
        return Optional.ofNullable(byId.get(userId));
    }
}
