-- Selling VIP with Telegram Stars: plans, the orders their buttons open (the order id is the invoice payload), and
-- payments, one per telegram_payment_charge_id. Additive only, so the previous release runs on this schema.

CREATE TABLE plan (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            varchar(32) NOT NULL CHECK (length(title) BETWEEN 1 AND 32),
    price_stars      integer     NOT NULL CHECK (price_stars BETWEEN 1 AND 10000),
    kind             varchar(16) NOT NULL CHECK (kind IN ('ONE_TIME', 'MONTHLY')),
    duration_minutes integer     CHECK (duration_minutes BETWEEN 1 AND 5256000),
    on_sale          boolean     NOT NULL DEFAULT true,
    created_by       bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    retired_at       timestamptz,
    CHECK ((kind = 'ONE_TIME') = (duration_minutes IS NOT NULL)),
    CHECK (on_sale = (retired_at IS NULL))
);
-- /plans: WHERE on_sale
CREATE INDEX plan_on_sale_idx ON plan (id) WHERE on_sale;

CREATE TABLE purchase_order (
    id        varchar(22) PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{22}$'),
    user_id   bigint      NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    plan_id   bigint      NOT NULL REFERENCES plan (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    amount    integer     NOT NULL CHECK (amount BETWEEN 1 AND 10000),
    opened_at timestamptz NOT NULL,
    paid_at   timestamptz
);
CREATE INDEX purchase_order_user_idx ON purchase_order (user_id, opened_at);
CREATE INDEX purchase_order_plan_idx ON purchase_order (plan_id);

CREATE TABLE payment (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charge_id           varchar(256) NOT NULL UNIQUE CHECK (length(charge_id) > 0),
    user_id             bigint       NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    plan_id             bigint       NOT NULL REFERENCES plan (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    order_id            varchar(22)  REFERENCES purchase_order (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    amount              integer      NOT NULL CHECK (amount > 0),
    kind                varchar(16)  NOT NULL CHECK (kind IN ('ONE_TIME', 'MONTHLY', 'RENEWAL')),
    state               varchar(16)  NOT NULL CHECK (state IN ('PAID', 'REFUNDED')),
    paid_at             timestamptz  NOT NULL,
    period_end          timestamptz,
    granted_seconds     bigint       NOT NULL CHECK (granted_seconds >= 0),
    renewal_canceled_at timestamptz,
    refunded_at         timestamptz,
    refunded_by         bigint,
    CHECK ((state = 'REFUNDED') = (refunded_at IS NOT NULL)),
    CHECK ((kind = 'ONE_TIME') = (period_end IS NULL))
);
-- /cancel and the user's payments: by user, newest first
CREATE INDEX payment_user_idx ON payment (user_id, paid_at);
CREATE INDEX payment_plan_idx ON payment (plan_id);
CREATE INDEX payment_order_idx ON payment (order_id);

-- How far reconciliation has gone through getStarTransactions (chronological, so an offset stays valid).
CREATE TABLE star_reconciliation (
    id         smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    scanned    integer     NOT NULL DEFAULT 0 CHECK (scanned >= 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO star_reconciliation (id) VALUES (1);

-- History says why: bought, renewed, refunded (beside V1's kinds and the gate's of V3). NOT VALID, then VALIDATE, so the check of existing rows does not
-- hold the table's strongest lock.
ALTER TABLE subscription_history DROP CONSTRAINT subscription_history_kind_check;
ALTER TABLE subscription_history ADD CONSTRAINT subscription_history_kind_check
    CHECK (kind IN ('REDEEMED', 'EXTENDED', 'EXPIRED', 'REVOKED', 'IMPORTED', 'TURNED_AWAY', 'REMOVAL_REFUSED',
                    'PURCHASED', 'RENEWED', 'REFUNDED'))
    NOT VALID;
ALTER TABLE subscription_history VALIDATE CONSTRAINT subscription_history_kind_check;
