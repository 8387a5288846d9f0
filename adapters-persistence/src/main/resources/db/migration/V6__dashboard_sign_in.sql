-- vipgate schema, version 6: the admin dashboard's sign-in. Expand only: the previous release never reads these.
-- Both tables keep the SHA-256 of a secret, never the secret: a copy of the database opens no dashboard.

-- One-time links that /admin sends: valid 10 minutes, used once (used_at set by one conditional UPDATE).
CREATE TABLE dashboard_login_link (
    hash       varchar(64) PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    admin_id   bigint      NOT NULL CHECK (admin_id > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- Sessions opened by a link or a Mini App's initData: 12 hours; the CSRF token is checked against every form.
CREATE TABLE dashboard_session (
    hash       varchar(64)  PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    admin_id   bigint       NOT NULL CHECK (admin_id > 0),
    csrf_token varchar(64)  NOT NULL CHECK (length(csrf_token) >= 32),
    created_at timestamptz  NOT NULL DEFAULT now(),
    expires_at timestamptz  NOT NULL
);
CREATE INDEX dashboard_session_expires_idx ON dashboard_session (expires_at);

-- The dashboard's searches and series: usernames by prefix, history and payments by day.
CREATE INDEX app_user_username_lower_idx ON app_user (lower(username) varchar_pattern_ops);
CREATE INDEX subscription_history_at_idx ON subscription_history (at);
CREATE INDEX payment_paid_at_idx ON payment (paid_at);
