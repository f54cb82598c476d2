CREATE SCHEMA IF NOT EXISTS dossier;

-- The 6-step OCOP cycle of a product (chu trình OCOP, handbook §6): how it entered (a new idea or an existing
-- product), the step it is at, the decisions on the idea and the business plan (phương án SXKD).
-- unit_code / province_code / producer_id / neighbourhood_id copy the registry's so every query is scoped here.
CREATE TABLE dossier.product_cycle (
    product_id        bigint PRIMARY KEY,
    producer_id       bigint      NOT NULL,
    unit_code         varchar(5)  NOT NULL,
    province_code     varchar(2)  NOT NULL,
    neighbourhood_id  bigint,
    product_name      text        NOT NULL,
    entry             varchar(20) NOT NULL CHECK (entry IN ('NEW_IDEA', 'EXISTING')),
    step              integer     NOT NULL CHECK (step BETWEEN 1 AND 6),
    idea_status       varchar(20) NOT NULL,
    plan_status       varchar(20) NOT NULL,
    plan_summary      text,
    plan_file_name    text,
    plan_content_type varchar(120),
    plan_sha256       varchar(64),
    plan_path         text,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer     NOT NULL DEFAULT 0
);
CREATE INDEX product_cycle_scope_idx ON dossier.product_cycle (province_code, unit_code, idea_status, plan_status);

-- Dated history of the cycle: step, event (accepted / returned …), the reasons, who and when.
CREATE TABLE dossier.cycle_event (
    id         bigserial PRIMARY KEY,
    product_id bigint      NOT NULL REFERENCES dossier.product_cycle (product_id) ON DELETE CASCADE,
    step       integer     NOT NULL,
    event      varchar(30) NOT NULL,
    note       text,
    actor      varchar(60) NOT NULL,
    actor_role varchar(30),
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cycle_event_product_idx ON dossier.cycle_event (product_id, at, id);

-- Potential products flagged by a neighbourhood head (sản phẩm tiềm năng của khu phố), followed up by the officer.
CREATE TABLE dossier.flag (
    id               bigserial PRIMARY KEY,
    unit_code        varchar(5)  NOT NULL,
    province_code    varchar(2)  NOT NULL,
    neighbourhood_id bigint,
    name             text        NOT NULL,
    maker            text        NOT NULL,
    contact          text,
    note             text,
    status           varchar(20) NOT NULL CHECK (status IN ('OPEN', 'CONVERTED', 'CLOSED')),
    outcome_note     text,
    product_id       bigint,
    created_by       varchar(60) NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    closed_by        varchar(60),
    closed_at        timestamptz,
    version          integer     NOT NULL DEFAULT 0
);
CREATE INDEX flag_scope_idx ON dossier.flag (province_code, unit_code, status);

-- Evaluation dossier (hồ sơ đánh giá, phân hạng, Điều 6.1): one product, one evaluation year and round.
-- forms holds Mẫu 02 parts I, II, IV, the samples and the re-evaluation / upgrade texts, field code → text.
CREATE TABLE dossier.dossier (
    id                  bigserial PRIMARY KEY,
    product_id          bigint      NOT NULL,
    producer_id         bigint      NOT NULL,
    unit_code           varchar(5)  NOT NULL,
    province_code       varchar(2)  NOT NULL,
    neighbourhood_id    bigint,
    product_name        text        NOT NULL,
    producer_name       text        NOT NULL,
    classification_code varchar(20) NOT NULL,
    kind                varchar(20) NOT NULL CHECK (kind IN ('FIRST', 'UPGRADE', 'REEVALUATION')),
    eval_year           integer     NOT NULL,
    round               integer     NOT NULL CHECK (round >= 1),
    status              varchar(30) NOT NULL,
    registration_no     varchar(80),
    received_on         date,
    ward_deadline       date,
    sheet_code          varchar(20),
    sheet_version       integer,
    forms               jsonb       NOT NULL DEFAULT '{}'::jsonb,
    form01_document_id  bigint,
    form02_document_id  bigint,
    created_by          varchar(60) NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             integer     NOT NULL DEFAULT 0,
    CONSTRAINT dossier_product_round_uq UNIQUE (product_id, eval_year, round)
);
CREATE INDEX dossier_scope_idx ON dossier.dossier (province_code, unit_code, status);
CREATE INDEX dossier_producer_idx ON dossier.dossier (producer_id, status);
CREATE UNIQUE INDEX dossier_registration_uq ON dossier.dossier (registration_no) WHERE registration_no IS NOT NULL;

-- Running number of Mẫu 01 registrations per commune and year (số phiếu đăng ký), taken with an upsert.
CREATE TABLE dossier.registration_counter (
    unit_code  varchar(5) NOT NULL,
    year       integer    NOT NULL,
    last_value integer    NOT NULL,
    PRIMARY KEY (unit_code, year)
);

-- Evidence (tài liệu minh chứng) on disk (ocop.data-dir/uploads/dossiers) with its SHA-256 and the paper's data.
CREATE TABLE dossier.evidence (
    id           bigserial PRIMARY KEY,
    dossier_id   bigint       NOT NULL REFERENCES dossier.dossier (id) ON DELETE CASCADE,
    item_code    varchar(10)  NOT NULL,
    file_name    text         NOT NULL,
    content_type varchar(120) NOT NULL,
    size_bytes   bigint       NOT NULL,
    sha256       varchar(64)  NOT NULL,
    stored_path  text         NOT NULL,
    issuer       text,
    doc_number   text,
    issued_on    date,
    expires_on   date,
    carried_from bigint,
    uploaded_by  varchar(60)  NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX evidence_dossier_idx ON dossier.evidence (dossier_id, item_code);

-- A frozen copy of every submitted version (bản đã nộp), for the page that shows what changed.
CREATE TABLE dossier.dossier_version (
    id         bigserial PRIMARY KEY,
    dossier_id bigint      NOT NULL REFERENCES dossier.dossier (id) ON DELETE CASCADE,
    number     integer     NOT NULL,
    action     varchar(30) NOT NULL,
    snapshot   jsonb       NOT NULL,
    created_by varchar(60) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (dossier_id, number)
);

-- Every move of a dossier: action, states, note, the reasons of a return (jsonb list of {item, reason}).
CREATE TABLE dossier.dossier_event (
    id          bigserial PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier.dossier (id) ON DELETE CASCADE,
    action      varchar(40) NOT NULL,
    from_status varchar(30),
    to_status   varchar(30) NOT NULL,
    note        text,
    reasons     jsonb,
    actor       varchar(60) NOT NULL,
    actor_role  varchar(30),
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_event_dossier_idx ON dossier.dossier_event (dossier_id, at, id);

-- The province's (or ministry's) result (kết quả đánh giá, Điều 7.3): score, stars, decision and certificate.
CREATE TABLE dossier.result (
    id                    bigserial PRIMARY KEY,
    dossier_id            bigint       NOT NULL REFERENCES dossier.dossier (id) ON DELETE CASCADE,
    outcome               varchar(30)  NOT NULL,
    score                 numeric(5, 2),
    stars                 integer,
    level                 varchar(10),
    decision_no           text,
    decision_date         date,
    certificate_no        text,
    certificate_issued_on date,
    refused               boolean      NOT NULL DEFAULT false,
    note                  text,
    recorded_by           varchar(60)  NOT NULL,
    recorded_at           timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX result_dossier_idx ON dossier.result (dossier_id, id);
