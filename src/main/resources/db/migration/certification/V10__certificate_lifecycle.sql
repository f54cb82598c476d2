-- Certificate lifecycle (vòng đời giấy chứng nhận, QĐ 26/2026/QĐ-TTg Điều 7.6, 8, 12). The status itself is never
-- stored: CertificateStatusPolicy computes it from today's date and the facts below.

-- regime: DECREE_26 or LEGACY_148_1489 (certificates of QĐ 148/1489 keep the end date printed on them, Điều 12.1).
-- public_token: the short unguessable token of the public check page (/public/certificates/{token}), 22 chars of
-- base64url over a random UUID. public_*: what the public page shows, copied at creation (public requests have no
-- signed-in user to read the registry with); never personal ids or private phones.
ALTER TABLE certification.certificate
    ADD COLUMN regime                   varchar(20) NOT NULL DEFAULT 'DECREE_26'
        CHECK (regime IN ('DECREE_26', 'LEGACY_148_1489')),
    ADD COLUMN public_token             varchar(32) NOT NULL
        DEFAULT translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/=', '-_'),
    ADD COLUMN public_product_name      text,
    ADD COLUMN public_producer_name     text,
    ADD COLUMN public_unit_name         text,
    ADD COLUMN reevaluation_in_progress boolean     NOT NULL DEFAULT false,
    ADD COLUMN revoked_on               date,
    ADD COLUMN revocation_ground        varchar(2),
    ADD COLUMN revocation_authority     varchar(10) CHECK (revocation_authority IN ('PROVINCE', 'MINISTRY')),
    ADD COLUMN revocation_decision_no   text,
    ADD COLUMN revocation_decision_date date,
    ADD COLUMN superseded_on            date,
    ADD COLUMN superseded_by            bigint,
    ADD COLUMN expiry_handled_on        date,
    ADD COLUMN demo                     boolean     NOT NULL DEFAULT false;
CREATE UNIQUE INDEX certificate_public_token_uq ON certification.certificate (public_token);

-- Staged reminders already sent (nhắc hạn đánh giá lại): one row per certificate and stage (days before expiry), so
-- the daily job sends each reminder once however often it runs or restarts.
CREATE TABLE certification.reminder_sent (
    certificate_id bigint      NOT NULL REFERENCES certification.certificate (id),
    stage_days     integer     NOT NULL,
    due_on         date        NOT NULL,
    sent_on        date        NOT NULL,
    recipients     integer     NOT NULL DEFAULT 0,
    skipped        boolean     NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (certificate_id, stage_days)
);
