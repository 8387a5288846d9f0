package io.vipgate.persistence.user;

import io.vipgate.domain.user.BotUser;
import java.util.Optional;

/** Maps user rows to domain users. */
public final class UserMappers {

    private UserMappers() {}

    public static BotUser user(UserEntity row) {
        return new BotUser(
                row.id,
                row.firstName,
                Optional.ofNullable(row.lastName),
                Optional.ofNullable(row.username),
                Optional.ofNullable(row.languageCode),
                row.reachable);
    }
}
