package io.vipgate.sqlite;

import java.util.List;

/**
 * The legacy bot's schema exactly as SQLAlchemy's {@code create_all} emits it on SQLite (its six tables with their
 * indexes), plus tables of its later features that vipgate does not carry. Read from the DDL SQLAlchemy printed for the
 * bot's models; kept verbatim, tabs and all, so that the reader meets what a real file holds.
 */
public final class LegacyBotDdl {

    public static final List<String> SIX = List.of(
            "CREATE TABLE bot_config (\n\tid INTEGER NOT NULL, \n\tvip_channel_id VARCHAR(50), \n\tfree_channel_id"
                    + " VARCHAR(50), \n\twait_time_minutes INTEGER, \n\tvip_reactions JSON, \n\tfree_reactions JSON,"
                    + " \n\tsubscription_fees JSON, \n\tcreated_at DATETIME, \n\tupdated_at DATETIME,"
                    + " \n\tfree_channel_invite_link VARCHAR(500), \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE users (\n\tuser_id BIGINT NOT NULL, \n\tusername VARCHAR(100), \n\tfirst_name VARCHAR(100) NOT"
                    + " NULL, \n\tlast_name VARCHAR(100), \n\trole VARCHAR(5) NOT NULL, \n\tcreated_at DATETIME NOT NULL,"
                    + " \n\tupdated_at DATETIME NOT NULL, \n\tPRIMARY KEY (user_id)\n)",
            "CREATE TABLE subscription_plans (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(100) NOT NULL, \n\tduration_days"
                    + " INTEGER NOT NULL, \n\tprice NUMERIC(10, 2) NOT NULL, \n\tcurrency VARCHAR(10) NOT NULL, \n\tactive"
                    + " BOOLEAN NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tcreated_by BIGINT NOT NULL, \n\tPRIMARY"
                    + " KEY (id)\n)",
            "CREATE TABLE invitation_tokens (\n\tid INTEGER NOT NULL, \n\ttoken VARCHAR(16) NOT NULL, \n\tgenerated_by"
                    + " BIGINT NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tduration_hours INTEGER NOT NULL, \n\tused"
                    + " BOOLEAN NOT NULL, \n\tused_by BIGINT, \n\tused_at DATETIME, \n\tplan_id INTEGER, \n\tPRIMARY KEY"
                    + " (id), \n\tFOREIGN KEY(plan_id) REFERENCES subscription_plans (id)\n)",
            "CREATE UNIQUE INDEX ix_invitation_tokens_token ON invitation_tokens (token)",
            "CREATE INDEX idx_token_used_created ON invitation_tokens (used, created_at)",
            "CREATE INDEX ix_invitation_tokens_used ON invitation_tokens (used)",
            "CREATE TABLE free_channel_requests (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\trequest_date"
                    + " DATETIME NOT NULL, \n\tprocessed BOOLEAN NOT NULL, \n\tprocessed_at DATETIME, \n\tPRIMARY KEY"
                    + " (id), \n\tFOREIGN KEY(user_id) REFERENCES users (user_id)\n)",
            "CREATE INDEX idx_processed_date ON free_channel_requests (processed, request_date)",
            "CREATE INDEX ix_free_channel_requests_processed ON free_channel_requests (processed)",
            "CREATE INDEX ix_free_channel_requests_user_id ON free_channel_requests (user_id)",
            "CREATE INDEX idx_user_date ON free_channel_requests (user_id, request_date)",
            "CREATE TABLE vip_subscribers (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tjoin_date DATETIME"
                    + " NOT NULL, \n\texpiry_date DATETIME NOT NULL, \n\tstatus VARCHAR(20) NOT NULL, \n\tvip_entry_stage"
                    + " INTEGER, \n\tvip_entry_token VARCHAR(64), \n\tinvite_link_sent_at DATETIME, \n\ttoken_id INTEGER"
                    + " NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(user_id) REFERENCES users (user_id), \n\tUNIQUE"
                    + " (vip_entry_token), \n\tFOREIGN KEY(token_id) REFERENCES invitation_tokens (id)\n)",
            "CREATE INDEX idx_status_expiry ON vip_subscribers (status, expiry_date)",
            "CREATE INDEX ix_vip_subscribers_status ON vip_subscribers (status)",
            "CREATE INDEX ix_vip_subscribers_vip_entry_stage ON vip_subscribers (vip_entry_stage)",
            "CREATE UNIQUE INDEX " + LegacyBotDdl.ONE_SUBSCRIPTION_PER_USER + " ON vip_subscribers (user_id)");

    /** The unique index that keeps one subscription per user; a loosened file has lost it. */
    public static final String ONE_SUBSCRIPTION_PER_USER = "ix_vip_subscribers_user_id";

    /** Tables of the bot's later features (points, rewards, badges, missions, ...), none of which vipgate carries. */
    public static final List<String> BEYOND = List.of(
            "CREATE TABLE user_gamification_profiles (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tbesitos"
                    + " INTEGER NOT NULL, \n\tlevel INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(user_id)"
                    + " REFERENCES users (user_id)\n)",
            "CREATE TABLE besitos_transactions (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tamount INTEGER"
                    + " NOT NULL, \n\ttransaction_type VARCHAR(13) NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tPRIMARY"
                    + " KEY (id)\n)",
            "CREATE TABLE rewards (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(100) NOT NULL, \n\treward_type VARCHAR(7) NOT"
                    + " NULL, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE user_badges (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tbadge VARCHAR(50) NOT"
                    + " NULL, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE user_missions (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tmission VARCHAR(50) NOT"
                    + " NULL, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE user_streaks (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tcurrent_streak INTEGER"
                    + " NOT NULL, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE daily_gift_claims (\n\tid INTEGER NOT NULL, \n\tuser_id BIGINT NOT NULL, \n\tclaimed_at DATETIME"
                    + " NOT NULL, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE menu_items (\n\tid INTEGER NOT NULL, \n\tlabel VARCHAR(100) NOT NULL, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc"
                    + " PRIMARY KEY (version_num)\n)");

    private LegacyBotDdl() {}
}
