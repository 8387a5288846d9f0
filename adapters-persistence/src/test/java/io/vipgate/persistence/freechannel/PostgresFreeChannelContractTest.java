package io.vipgate.persistence.freechannel;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.FreeChannelStoreContract;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;

/** The free channel's contract, against PostgreSQL, where a join request's user must exist. */
@QuarkusTest
class PostgresFreeChannelContractTest extends FreeChannelStoreContract {

    @Inject
    PostgresFreeChannelAdapter freeChannel;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Override
    protected JoinRequestRepository requests() {
        return freeChannel;
    }

    @Override
    protected SettingsRepository settings() {
        return freeChannel;
    }

    @Override
    protected void userExists(long userId) {
        Await.result(users.upsert(BotUser.seen(userId, "Contract", null, null, "en")));
    }
}
