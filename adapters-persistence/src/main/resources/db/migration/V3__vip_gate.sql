-- vipgate schema, version 3: the VIP gate. Expand only: the previous release ignores all of it (it never writes the
-- new history kinds, and the new column is nullable).

-- Personal invite links. Each needs approval (creates_join_request) and expires within the hour; a user has at most
-- one live link: issuing one marks the others revoked here, under the user's row lock, before Telegram revokes them.
-- The URL is not the key: Telegram's are unique, but a self-hosted Bot API server or a test fake need not be.
CREATE TABLE invite_link (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url        varchar(256) NOT NULL,
    user_id    bigint       NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    revoked_at timestamptz
);
-- a user's live links: WHERE user_id = ? AND revoked_at IS NULL AND expires_at > now
CREATE INDEX invite_link_user_live_idx ON invite_link (user_id, expires_at) WHERE revoked_at IS NULL;

-- Who the bot has seen in the VIP channel, from chat_member updates and the sweep's getChatMember answers.
CREATE TABLE vip_channel_member (
    user_id    bigint      PRIMARY KEY REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    status     varchar(16) NOT NULL
        CHECK (status IN ('CREATOR', 'ADMINISTRATOR', 'MEMBER', 'RESTRICTED', 'LEFT', 'KICKED')),
    seen_at    timestamptz NOT NULL,
    checked_at timestamptz
);
-- the sweep: participants, least recently checked first
CREATE INDEX vip_channel_member_participants_idx ON vip_channel_member (checked_at NULLS FIRST, user_id)
    WHERE status IN ('MEMBER', 'RESTRICTED');

-- Two new kinds of history line (the gate turned someone away; a removal Telegram refuses for good ended a
-- subscription), and a detail saying why. The table is small and the new check is a superset of the old one, so
-- adding it NOT VALID and validating at once only reads the rows, under a lock that lets writers through.
ALTER TABLE subscription_history ADD COLUMN detail varchar(64);
ALTER TABLE subscription_history DROP CONSTRAINT subscription_history_kind_check;
ALTER TABLE subscription_history ADD CONSTRAINT subscription_history_kind_check
    CHECK (kind IN ('REDEEMED', 'EXTENDED', 'EXPIRED', 'REVOKED', 'IMPORTED', 'TURNED_AWAY', 'REMOVAL_REFUSED'));
