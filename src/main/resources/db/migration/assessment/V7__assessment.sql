CREATE SCHEMA IF NOT EXISTS assessment;

-- The ward's assessment of a dossier (đánh giá tại cấp xã, Điều 7.2.a): one row per dossier, the Mẫu 03 report it
-- drafted. unit_code / province_code / producer_id copy the dossier's so every query is scoped here.
CREATE TABLE assessment.ward_assessment (
    dossier_id         bigint       PRIMARY KEY,
    product_id         bigint       NOT NULL,
    producer_id        bigint       NOT NULL,
    unit_code          varchar(5)   NOT NULL,
    province_code      varchar(2)   NOT NULL,
    report_document_id bigint,
    updated_by         varchar(60)  NOT NULL,
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    version            integer      NOT NULL DEFAULT 0
);
CREATE INDEX ward_assessment_scope_idx ON assessment.ward_assessment (province_code, unit_code);
CREATE UNIQUE INDEX ward_assessment_report_uq ON assessment.ward_assessment (report_document_id)
    WHERE report_document_id IS NOT NULL;

-- The four items (nội dung 1–4 of Mẫu 03 mục II): findings, evidence, the conclusion code (a configured set).
CREATE TABLE assessment.item_finding (
    dossier_id    bigint      NOT NULL REFERENCES assessment.ward_assessment (dossier_id) ON DELETE CASCADE,
    item          varchar(20) NOT NULL CHECK (item IN ('RAW_MATERIALS', 'LOCAL_LABOUR', 'IDEA_ORIGIN', 'LOCAL_IDENTITY')),
    findings      text,
    evidence_note text,
    conclusion    varchar(30),
    PRIMARY KEY (dossier_id, item)
);

-- The chairman's meeting with the ward's units (cuộc họp lấy ý kiến): time, place, chair, the units invited (a
-- JSON list of names), its invitation (GM) and minutes (BB) in the documents module.
CREATE TABLE assessment.meeting (
    id                     bigserial    PRIMARY KEY,
    unit_code              varchar(5)   NOT NULL,
    province_code          varchar(2)   NOT NULL,
    held_at                timestamp    NOT NULL,
    place                  text         NOT NULL,
    chair                  text         NOT NULL,
    units                  jsonb        NOT NULL DEFAULT '[]'::jsonb,
    invitation_document_id bigint,
    minutes_document_id    bigint,
    created_by             varchar(60)  NOT NULL,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    version                integer      NOT NULL DEFAULT 0
);
CREATE INDEX meeting_scope_idx ON assessment.meeting (province_code, unit_code, held_at DESC);

-- The products (dossiers) on a meeting's agenda, in order.
CREATE TABLE assessment.meeting_dossier (
    meeting_id bigint  NOT NULL REFERENCES assessment.meeting (id) ON DELETE CASCADE,
    dossier_id bigint  NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (meeting_id, dossier_id)
);
CREATE INDEX meeting_dossier_dossier_idx ON assessment.meeting_dossier (dossier_id);

-- One unit's opinion on one item of one product (ý kiến của đơn vị); a unit may revise it until the minutes issue.
CREATE TABLE assessment.opinion (
    id          bigserial    PRIMARY KEY,
    meeting_id  bigint       NOT NULL REFERENCES assessment.meeting (id) ON DELETE CASCADE,
    dossier_id  bigint       NOT NULL,
    item        varchar(20)  NOT NULL CHECK (item IN ('RAW_MATERIALS', 'LOCAL_LABOUR', 'IDEA_ORIGIN', 'LOCAL_IDENTITY')),
    unit_name   text         NOT NULL,
    author      text         NOT NULL,
    conclusion  varchar(30),
    opinion     text         NOT NULL,
    recorded_by varchar(60)  NOT NULL,
    recorded_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT opinion_uq UNIQUE (meeting_id, dossier_id, item, unit_name)
);

-- The request to the province (văn bản đề nghị: công văn or tờ trình) and the dossiers it lists.
CREATE TABLE assessment.province_request (
    id            bigserial    PRIMARY KEY,
    unit_code     varchar(5)   NOT NULL,
    province_code varchar(2)   NOT NULL,
    document_type varchar(5)   NOT NULL CHECK (document_type IN ('CV', 'TTr')),
    document_id   bigint       NOT NULL UNIQUE,
    eval_year     integer      NOT NULL,
    created_by    varchar(60)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX province_request_scope_idx ON assessment.province_request (province_code, unit_code, created_at DESC);

CREATE TABLE assessment.province_request_dossier (
    request_id bigint  NOT NULL REFERENCES assessment.province_request (id) ON DELETE CASCADE,
    dossier_id bigint  NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (request_id, dossier_id)
);
CREATE INDEX province_request_dossier_idx ON assessment.province_request_dossier (dossier_id);

-- Start-up jobs that must run once (the demo assessment).
CREATE TABLE assessment.run_once (
    name   varchar(60) PRIMARY KEY,
    ran_at timestamptz NOT NULL DEFAULT now()
);
