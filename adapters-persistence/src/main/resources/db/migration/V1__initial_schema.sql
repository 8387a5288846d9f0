-- vipgate schema, version 1. A migration file never changes once on main: add a new one instead.
-- Timestamps are timestamptz (UTC); foreign keys to user data RESTRICT; states are CHECKed.

CREATE TABLE app_user (
    id            bigint       PRIMARY KEY CHECK (id > 0),
    first_name    varchar(256) NOT NULL DEFAULT '',
    last_name     varchar(256),
    username      varchar(64),
    language_code varchar(16),
    reachable     boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE invitation_token (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hash           varchar(64) NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
    prefix         varchar(8)  NOT NULL,
    grants_minutes integer     NOT NULL CHECK (grants_minutes BETWEEN 1 AND 5256000),
    max_uses       integer     NOT NULL DEFAULT 1 CHECK (max_uses >= 1),
    uses           integer     NOT NULL DEFAULT 0 CHECK (uses >= 0 AND uses <= max_uses),
    minted_at      timestamptz NOT NULL,
    valid_until    timestamptz NOT NULL CHECK (valid_until > minted_at),
    minted_by      bigint      NOT NULL,
    revoked        boolean     NOT NULL DEFAULT false
);
CREATE INDEX invitation_token_prefix_idx ON invitation_token (prefix);
CREATE INDEX invitation_token_live_idx ON invitation_token (valid_until) WHERE NOT revoked;

CREATE TABLE subscription (
    user_id               bigint      PRIMARY KEY REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    status                varchar(16) NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED', 'REVOKED')),
    period_started_at     timestamptz NOT NULL,
    expires_at            timestamptz NOT NULL CHECK (expires_at >= period_started_at),
    last_reminder_seconds bigint      CHECK (last_reminder_seconds > 0),
    next_reminder_at      timestamptz,
    updated_at            timestamptz NOT NULL
);
-- due expiries: WHERE status = 'ACTIVE' AND expires_at <= now
CREATE INDEX subscription_status_expires_idx ON subscription (status, expires_at);
-- due reminders: WHERE status = 'ACTIVE' AND next_reminder_at <= now
CREATE INDEX subscription_next_reminder_idx ON subscription (next_reminder_at) WHERE status = 'ACTIVE';

CREATE TABLE subscription_history (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id             bigint      NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    kind                varchar(16) NOT NULL CHECK (kind IN ('REDEEMED', 'EXTENDED', 'EXPIRED', 'REVOKED', 'IMPORTED')),
    at                  timestamptz NOT NULL,
    actor_id            bigint,
    token_id            bigint      REFERENCES invitation_token (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    previous_expires_at timestamptz,
    new_expires_at      timestamptz NOT NULL
);
CREATE INDEX subscription_history_user_idx ON subscription_history (user_id, at);
CREATE INDEX subscription_history_token_idx ON subscription_history (token_id);

CREATE TABLE free_join_request (
    user_id      bigint      PRIMARY KEY REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    chat_id      bigint      NOT NULL,
    user_chat_id bigint      NOT NULL,
    requested_at timestamptz NOT NULL,
    status       varchar(16) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DROPPED'))
);
-- pending approvals: WHERE status = 'PENDING' AND requested_at <= now - wait
CREATE INDEX free_join_request_status_requested_idx ON free_join_request (status, requested_at);

-- One row: settings admins change at run time.
CREATE TABLE bot_settings (
    id                        smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    free_channel_wait_minutes integer     NOT NULL DEFAULT 5 CHECK (free_channel_wait_minutes BETWEEN 0 AND 525600),
    updated_by                bigint,
    updated_at                timestamptz NOT NULL DEFAULT now()
);
INSERT INTO bot_settings (id) VALUES (1);

-- update_id de-duplication when Redis is absent or down; rows older than a day are pruned.
CREATE TABLE processed_update (
    update_id   bigint      PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX processed_update_received_idx ON processed_update (received_at);
