package io.vipgate.telegram.transport;

import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.inbound.Update;
import io.vipgate.telegram.inbound.Updates;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/** The transport's pieces over stub use cases, as the wiring would assemble them. */
final class Bots {

    static final long VIP = -1001000000001L;
    static final long FREE = -1001000000002L;

    private Bots() {}

    static UpdateRouter router(StubUseCases stubs) {
        Texts texts = new Texts("es");
        JoinRequestRouter joins = new JoinRequestRouter(
                stubs.users,
                stubs.requestFreeJoin,
                stubs.decideVipJoin,
                stubs.checkVipMember,
                texts,
                VIP,
                FREE,
                Clock.fixed(StubUseCases.NOW, ZoneOffset.UTC));
        return new UpdateRouter(stubs.users, stubs.admins, stubs.dispatcher(), joins, texts);
    }

    static UpdateIntake intake(StubUseCases stubs, MemoryUpdateClaims claims) {
        return new UpdateIntake(claims, router(stubs), 3, Outages.NONE, TelegramObserver.NONE);
    }

    static Update update(JsonObject json) {
        Optional<Update> update = Updates.parse(json.encode().getBytes());
        return update.orElseThrow();
    }
}
