package io.vipgate.application.legacyimport.port.out;

import java.util.List;

/** Table and id-column names of the legacy bot's SQLite file, as its SQLAlchemy models created them. */
public final class LegacySchema {

    public static final String BOT_CONFIG = "bot_config";
    public static final String USERS = "users";
    public static final String PLANS = "subscription_plans";
    public static final String TOKENS = "invitation_tokens";
    public static final String SUBSCRIBERS = "vip_subscribers";
    public static final String FREE_REQUESTS = "free_channel_requests";

    /** In the order they are checked and reported: a table comes after the tables it refers to. */
    public static final List<String> TABLES = List.of(BOT_CONFIG, USERS, PLANS, TOKENS, SUBSCRIBERS, FREE_REQUESTS);

    private LegacySchema() {}

    /** The column that identifies a row in problems and references. */
    public static String idColumn(String table) {
        return USERS.equals(table) ? "user_id" : "id";
    }
}
