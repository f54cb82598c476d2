CREATE SCHEMA IF NOT EXISTS inspection;

-- Monitoring and inspection of ranked products (kiểm tra, giám sát sản phẩm OCOP — hậu kiểm, QĐ 26/2026/QĐ-TTg
-- Điều 9; Kế hoạch 1411/KH-UBND mục III.5). Every row carries unit_code (and province_code where it is read on its
-- own) so every query is scoped here; products and producers live in the registry: no foreign keys across modules.

-- Checklist templates (mẫu phiếu kiểm tra) as versioned data: one row per code and version, never updated; the
-- shipped ones are inserted at start-up when absent. A visit keeps the version it was made with.
CREATE TABLE inspection.checklist_template (
    code           varchar(20) NOT NULL,
    version        integer     NOT NULL CHECK (version >= 1),
    name           text        NOT NULL,
    effective_from date        NOT NULL,
    body           jsonb       NOT NULL,
    stored_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (code, version)
);

-- Inspection plan (kế hoạch kiểm tra) of a unit for a year or a quarter (quarter null: the whole year).
CREATE TABLE inspection.plan (
    id            bigserial   PRIMARY KEY,
    unit_code     varchar(5)  NOT NULL,
    province_code varchar(2)  NOT NULL,
    year          integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    quarter       integer     CHECK (quarter BETWEEN 1 AND 4),
    title         text        NOT NULL,
    status        varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'CLOSED')),
    approved_by   varchar(60),
    approved_on   date,
    created_by    varchar(60) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0
);
CREATE INDEX plan_scope_idx ON inspection.plan (province_code, unit_code, year);

-- A product to visit under a plan: producer, planned date, inspectors ([{"userId": 4, "name": "…"}], userId optional).
CREATE TABLE inspection.plan_item (
    id            bigserial   PRIMARY KEY,
    plan_id       bigint      NOT NULL REFERENCES inspection.plan (id) ON DELETE CASCADE,
    unit_code     varchar(5)  NOT NULL,
    province_code varchar(2)  NOT NULL,
    product_id    bigint      NOT NULL,
    producer_id   bigint      NOT NULL,
    planned_on    date        NOT NULL,
    inspectors    jsonb       NOT NULL DEFAULT '[]',
    note          text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0,
    CONSTRAINT plan_item_product_uq UNIQUE (plan_id, product_id)
);
CREATE INDEX plan_item_day_idx ON inspection.plan_item (planned_on, unit_code);

-- Ad-hoc inspection request (yêu cầu kiểm tra đột xuất): an expired certificate, a complaint or another reason, with
-- its source (e.g. the certificate id). raised_by null: raised by the system (an event), no signed-in user.
-- producer_id is filled when known (an event carries only the product); a visit started from it fills it.
-- One request per expired certificate, however often the event is delivered.
CREATE TABLE inspection.adhoc_request (
    id            bigserial   PRIMARY KEY,
    unit_code     varchar(5)  NOT NULL,
    province_code varchar(2),
    product_id    bigint      NOT NULL,
    producer_id   bigint,
    reason        varchar(25) NOT NULL CHECK (reason IN ('EXPIRED_CERTIFICATE', 'COMPLAINT', 'OTHER')),
    source_ref    text,
    note          text,
    raised_on     date        NOT NULL,
    raised_by     varchar(60),
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX adhoc_request_certificate_uq ON inspection.adhoc_request (source_ref)
    WHERE reason = 'EXPIRED_CERTIFICATE';
CREATE INDEX adhoc_request_scope_idx ON inspection.adhoc_request (unit_code, product_id);

-- A visit (lần kiểm tra tại cơ sở): from a plan item or ad hoc (reason + source), INITIAL or a FOLLOW_UP of a previous
-- visit (root_visit_id: the initial visit of the chain, null for the initial one itself). The checklist is copied
-- into visit_item at creation from the template version and, for the product's mandatory criteria, from its criteria
-- sheet at the product's current stars. Drafts are saved as the inspector goes: client_draft_id/client_draft_version
-- identify the last save of the phone's form, so a save resent after a dropped connection changes nothing.
CREATE TABLE inspection.visit (
    id                     bigserial   PRIMARY KEY,
    unit_code              varchar(5)  NOT NULL,
    province_code          varchar(2)  NOT NULL,
    product_id             bigint      NOT NULL,
    producer_id            bigint      NOT NULL,
    plan_item_id           bigint      REFERENCES inspection.plan_item (id),
    adhoc_request_id       bigint      REFERENCES inspection.adhoc_request (id),
    reason                 varchar(25) CHECK (reason IN ('EXPIRED_CERTIFICATE', 'COMPLAINT', 'OTHER')),
    source_ref             text,
    kind                   varchar(10) NOT NULL CHECK (kind IN ('INITIAL', 'FOLLOW_UP')),
    previous_visit_id      bigint      REFERENCES inspection.visit (id),
    root_visit_id          bigint      REFERENCES inspection.visit (id),
    visited_on             date        NOT NULL,
    inspectors             jsonb       NOT NULL DEFAULT '[]',
    status                 varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    template_code          varchar(20) NOT NULL,
    template_version       integer     NOT NULL,
    stars_at_visit         integer,
    criteria_sheet_code    varchar(20),
    criteria_sheet_version integer,
    client_draft_id        varchar(64),
    client_draft_version   integer     NOT NULL DEFAULT 0,
    outcome                varchar(30) CHECK (outcome IN ('CRITERIA_MAINTAINED', 'CORRECTIVE_ACTION_REQUIRED',
                                                          'PROPOSE_REVOCATION')),
    revocation_ground      varchar(2)  CHECK (revocation_ground IN ('A', 'B', 'C', 'D', 'DD', 'E')),
    conclusion             text,
    submitted_by           varchar(60),
    submitted_at           timestamptz,
    created_by             varchar(60) NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                integer     NOT NULL DEFAULT 0,
    CONSTRAINT visit_origin_ck CHECK (plan_item_id IS NOT NULL OR reason IS NOT NULL OR kind = 'FOLLOW_UP'),
    CONSTRAINT visit_chain_ck CHECK ((kind = 'INITIAL') = (previous_visit_id IS NULL)
                                     AND (kind = 'INITIAL') = (root_visit_id IS NULL)),
    CONSTRAINT visit_outcome_ck CHECK ((status = 'SUBMITTED') = (outcome IS NOT NULL)),
    CONSTRAINT visit_ground_ck CHECK (CASE WHEN outcome = 'PROPOSE_REVOCATION' THEN revocation_ground IS NOT NULL
                                           ELSE revocation_ground IS NULL END)
);
CREATE INDEX visit_scope_idx ON inspection.visit (province_code, unit_code, producer_id);
CREATE INDEX visit_product_idx ON inspection.visit (product_id, visited_on DESC);
CREATE UNIQUE INDEX visit_plan_item_uq ON inspection.visit (plan_item_id) WHERE kind = 'INITIAL';
CREATE UNIQUE INDEX visit_adhoc_uq ON inspection.visit (adhoc_request_id) WHERE adhoc_request_id IS NOT NULL;

-- One checklist item of a visit with its answer (MEETS / NOT_MEETS / NOT_APPLICABLE, null until answered) and note.
-- criterion_code: the criteria-sheet item it came from (mandatory criteria only).
CREATE TABLE inspection.visit_item (
    id             bigserial   PRIMARY KEY,
    visit_id       bigint      NOT NULL REFERENCES inspection.visit (id) ON DELETE CASCADE,
    unit_code      varchar(5)  NOT NULL,
    section_code   varchar(20) NOT NULL,
    section_name   text        NOT NULL,
    position       integer     NOT NULL,
    code           varchar(40) NOT NULL,
    text           text        NOT NULL,
    hint           text,
    criterion_code varchar(20),
    answer         varchar(15) CHECK (answer IN ('MEETS', 'NOT_MEETS', 'NOT_APPLICABLE')),
    note           text,
    answered_at    timestamptz,
    CONSTRAINT visit_item_code_uq UNIQUE (visit_id, code)
);

-- A photo taken at the visit (ảnh hiện trường), stored in the file vault (type sniffed, size checked, SHA-256) with
-- the browser's position when the inspector allowed it, and when it was taken.
CREATE TABLE inspection.visit_photo (
    id           bigserial    PRIMARY KEY,
    visit_id     bigint       NOT NULL REFERENCES inspection.visit (id) ON DELETE CASCADE,
    unit_code    varchar(5)   NOT NULL,
    item_code    varchar(40),
    file_name    text         NOT NULL,
    content_type varchar(40)  NOT NULL,
    size_bytes   bigint       NOT NULL,
    sha256       char(64)     NOT NULL,
    stored_path  text         NOT NULL,
    latitude     numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude    numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    accuracy_m   numeric(9, 1) CHECK (accuracy_m >= 0),
    taken_at     timestamptz,
    uploaded_by  varchar(60)  NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now()
);

-- A finding (phát hiện) of a visit: text, severity, the checklist item it concerns.
CREATE TABLE inspection.finding (
    id         bigserial   PRIMARY KEY,
    visit_id   bigint      NOT NULL REFERENCES inspection.visit (id) ON DELETE CASCADE,
    unit_code  varchar(5)  NOT NULL,
    item_code  varchar(40),
    text       text        NOT NULL,
    severity   varchar(10) NOT NULL CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL')),
    created_by varchar(60) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    integer     NOT NULL DEFAULT 0
);

-- A corrective action (biện pháp khắc phục) for a finding: owner, deadline; OPEN until a follow-up visit of the same
-- chain closes it (DONE, with a note) or it is ESCALATED. Overdue is computed (OPEN and deadline before today).
CREATE TABLE inspection.corrective_action (
    id               bigserial   PRIMARY KEY,
    finding_id       bigint      NOT NULL REFERENCES inspection.finding (id) ON DELETE CASCADE,
    visit_id         bigint      NOT NULL REFERENCES inspection.visit (id),
    root_visit_id    bigint      NOT NULL REFERENCES inspection.visit (id),
    unit_code        varchar(5)  NOT NULL,
    province_code    varchar(2)  NOT NULL,
    producer_id      bigint      NOT NULL,
    description      text        NOT NULL,
    owner            text        NOT NULL,
    deadline         date        NOT NULL,
    status           varchar(10) NOT NULL CHECK (status IN ('OPEN', 'DONE', 'ESCALATED')),
    closed_visit_id  bigint      REFERENCES inspection.visit (id),
    closed_on        date,
    closing_note     text,
    escalated_on     date,
    escalation_note  text,
    created_by       varchar(60) NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          integer     NOT NULL DEFAULT 0,
    CONSTRAINT action_done_ck CHECK ((status = 'DONE') = (closed_visit_id IS NOT NULL))
);
CREATE INDEX corrective_action_open_idx ON inspection.corrective_action (unit_code, status, deadline);
