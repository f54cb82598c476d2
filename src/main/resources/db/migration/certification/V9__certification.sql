CREATE SCHEMA IF NOT EXISTS certification;

-- OCOP certificate (giấy chứng nhận sản phẩm OCOP, QĐ 26/2026/QĐ-TTg Điều 4.3), one per recognised dossier: created
-- from the dossier module's RecognitionRecorded event, so dossier_id is unique (a republished event adds nothing).
-- unit_code / province_code / producer_id copy the dossier's so every query is scoped here; names come from the
-- registry when read. valid_until is computed once by ValidityPolicy; the policy used is kept beside it.
CREATE TABLE certification.certificate (
    id                  bigserial PRIMARY KEY,
    dossier_id          bigint       NOT NULL,
    number              text,
    product_id          bigint       NOT NULL,
    producer_id         bigint       NOT NULL,
    unit_code           varchar(5)   NOT NULL,
    province_code       varchar(2)   NOT NULL,
    stars               integer      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    score               numeric(5, 2),
    level               varchar(10)  NOT NULL CHECK (level IN ('PROVINCE', 'MINISTRY')),
    decision_no         text,
    decision_date       date,
    issued_on           date         NOT NULL,
    valid_until         date         NOT NULL,
    validity_months     integer      NOT NULL,
    validity_convention varchar(30)  NOT NULL,
    recorded_by         varchar(60),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT certificate_dossier_uq UNIQUE (dossier_id),
    CONSTRAINT certificate_validity_ck CHECK (valid_until > issued_on)
);
CREATE INDEX certificate_scope_idx ON certification.certificate (province_code, unit_code, producer_id);
CREATE INDEX certificate_product_idx ON certification.certificate (product_id, issued_on DESC);
CREATE INDEX certificate_valid_until_idx ON certification.certificate (valid_until);
