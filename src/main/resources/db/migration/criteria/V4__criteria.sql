CREATE SCHEMA IF NOT EXISTS criteria;

-- Criteria sheets (bộ tiêu chí) as versioned data: one row per code and version, the sheet itself in the app's
-- format (docs/criteria-format.md) in body. Rows are never updated: an import is stored as the next version, so a
-- score keeps the version it was made with. BUNDLED rows are the sheets shipped with the application, inserted at
-- start-up when absent; IMPORT rows come from an administrator's import.
CREATE TABLE criteria.sheet (
    code                        varchar(20) NOT NULL,
    version                     integer     NOT NULL CHECK (version >= 1),
    name                        text        NOT NULL,
    status                      varchar(12) NOT NULL CHECK (status IN ('OFFICIAL', 'HISTORICAL', 'DRAFT')),
    effective_from              date        NOT NULL,
    effective_until             date,
    classification_version      varchar(20) NOT NULL,
    checked_against_signed_text boolean     NOT NULL,
    body                        jsonb       NOT NULL,
    source                      varchar(10) NOT NULL CHECK (source IN ('BUNDLED', 'IMPORT')),
    imported_at                 timestamptz NOT NULL DEFAULT now(),
    imported_by                 varchar(60) NOT NULL,
    PRIMARY KEY (code, version)
);

-- Self-assessment (tự đánh giá) of a product by its producer, or by the ward officer on a household's behalf: one
-- per product, on the sheet version in force when it was started. answers: item → option; declared: the knock-out
-- and disqualification codes ticked; notes: item → evidence note. total/stars as last evaluated (stars 0 when
-- disqualified). The product lives in the registry module: no foreign key across modules.
CREATE TABLE criteria.self_assessment (
    id            bigserial   PRIMARY KEY,
    product_id    bigint      NOT NULL UNIQUE,
    producer_id   bigint      NOT NULL,
    unit_code     varchar(5)  NOT NULL,
    province_code varchar(2),
    sheet_code    varchar(20) NOT NULL,
    sheet_version integer     NOT NULL,
    answers       jsonb       NOT NULL DEFAULT '{}',
    declared      jsonb       NOT NULL DEFAULT '[]',
    notes         jsonb       NOT NULL DEFAULT '{}',
    status        varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED')),
    total         integer     NOT NULL DEFAULT 0,
    stars         integer     NOT NULL DEFAULT 0,
    completed_at  timestamptz,
    created_by    varchar(60) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    varchar(60) NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0,
    FOREIGN KEY (sheet_code, sheet_version) REFERENCES criteria.sheet (code, version)
);
CREATE INDEX self_assessment_scope_idx ON criteria.self_assessment (province_code, unit_code);
CREATE INDEX self_assessment_producer_idx ON criteria.self_assessment (producer_id);

-- Evidence attached to one item of a self-assessment, stored on disk (ocop.data-dir/uploads/self-assessments) under
-- its SHA-256.
CREATE TABLE criteria.self_assessment_file (
    id                 bigserial   PRIMARY KEY,
    self_assessment_id bigint      NOT NULL REFERENCES criteria.self_assessment (id) ON DELETE CASCADE,
    item_code          varchar(20) NOT NULL,
    file_name          text        NOT NULL,
    content_type       varchar(100) NOT NULL,
    size_bytes         bigint      NOT NULL,
    sha256             varchar(64) NOT NULL,
    stored_path        text        NOT NULL,
    uploaded_by        varchar(60) NOT NULL,
    uploaded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_assessment_file_idx ON criteria.self_assessment_file (self_assessment_id, item_code);
