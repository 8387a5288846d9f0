-- vipgate schema, version 2: what the background jobs need. Expand only: the previous release ignores all of it.

-- Job leases. A runner claims due rows by setting claimed_until/claimed_by in one short transaction, calls Telegram
-- outside any transaction, then completes each row in another that checks claimed_by. A runner that dies in between
-- leaves its rows claimed only until claimed_until, after which any replica may claim them again. Adding nullable
-- columns without a default only touches the catalogue, so these statements do not rewrite the tables.
ALTER TABLE subscription
    ADD COLUMN claimed_until timestamptz,
    ADD COLUMN claimed_by    varchar(64);

ALTER TABLE free_join_request
    ADD COLUMN claimed_until timestamptz,
    ADD COLUMN claimed_by    varchar(64);

-- An admin's /broadcast. One runner at a time holds it (claimed_*), so that replicas never add up their send rates;
-- progress_message_id is the admin's message that every runner edits.
CREATE TABLE broadcast (
    id                  bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    admin_id            bigint        NOT NULL,
    text                varchar(4096) NOT NULL CHECK (length(text) > 0),
    created_at          timestamptz   NOT NULL,
    status              varchar(16)   NOT NULL CHECK (status IN ('SENDING', 'DONE')),
    total               integer       NOT NULL CHECK (total > 0),
    progress_message_id bigint,
    claimed_until       timestamptz,
    claimed_by          varchar(64),
    finished_at         timestamptz
);
-- open broadcasts: WHERE status = 'SENDING'
CREATE INDEX broadcast_open_idx ON broadcast (id) WHERE status = 'SENDING';

-- Who a broadcast goes to, fixed when it is saved, and how each send went. A recipient turns SENDING (with the
-- runner's lease) before the message goes out and is never handed out again: after a crash it counts as FAILED
-- rather than risk a second copy.
CREATE TABLE broadcast_recipient (
    broadcast_id  bigint      NOT NULL REFERENCES broadcast (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    user_id       bigint      NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    status        varchar(16) NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'BLOCKED', 'FAILED')),
    claimed_until timestamptz,
    PRIMARY KEY (broadcast_id, user_id)
);
-- the next recipient: WHERE broadcast_id = ? AND status = 'PENDING' ORDER BY user_id
CREATE INDEX broadcast_recipient_pending_idx ON broadcast_recipient (broadcast_id, user_id) WHERE status = 'PENDING';
-- foreign key to app_user, so that checks on deleting a user need no scan
CREATE INDEX broadcast_recipient_user_idx ON broadcast_recipient (user_id);
