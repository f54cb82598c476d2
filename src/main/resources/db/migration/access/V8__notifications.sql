-- In-app notifications (thông báo): one row per recipient account; read_at is set when the person opens it.
CREATE TABLE access.notification (
    id         bigserial PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES access.app_user (id) ON DELETE CASCADE,
    title      text        NOT NULL,
    body       text,
    link       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz
);
CREATE INDEX notification_user_idx ON access.notification (user_id, read_at, created_at DESC);

-- Where a person wants notices by e-mail (used only when an SMTP server is configured).
CREATE TABLE access.notification_setting (
    user_id    bigint PRIMARY KEY REFERENCES access.app_user (id) ON DELETE CASCADE,
    email      text,
    by_email   boolean     NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
);
