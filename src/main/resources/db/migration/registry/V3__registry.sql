CREATE SCHEMA IF NOT EXISTS registry;

-- Producer (chủ thể OCOP, QĐ 26/2026/QĐ-TTg Điều 2.3). unit_code/province_code scope every query.
CREATE TABLE registry.producer (
    id                       bigserial PRIMARY KEY,
    unit_code                varchar(5)  NOT NULL,
    province_code            varchar(2)  NOT NULL,
    type                     varchar(20) NOT NULL,
    name                     text        NOT NULL,
    search_text              text        NOT NULL,
    tax_code                 varchar(14),
    registration_no          varchar(20),
    personal_id              varchar(12),
    representative_name      text,
    representative_title     text,
    representative_gender    varchar(10),
    representative_ethnicity text,
    representative_address   text,
    street                   text,
    neighbourhood_id         bigint,
    phone                    varchar(20),
    email                    text,
    founded_on               date,
    workforce_total          integer,
    workforce_local          integer,
    workforce_women          integer,
    workforce_ethnic         integer,
    youth_startup            boolean     NOT NULL DEFAULT false,
    demo                     boolean     NOT NULL DEFAULT false,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    version                  integer     NOT NULL DEFAULT 0
);
CREATE INDEX producer_scope_idx ON registry.producer (province_code, unit_code, type);
CREATE INDEX producer_search_idx ON registry.producer USING gin (search_text gin_trgm_ops);
CREATE UNIQUE INDEX producer_tax_code_uq ON registry.producer (unit_code, tax_code) WHERE tax_code IS NOT NULL;
CREATE UNIQUE INDEX producer_registration_uq ON registry.producer (unit_code, registration_no) WHERE registration_no IS NOT NULL;
CREATE UNIQUE INDEX producer_personal_id_uq ON registry.producer (unit_code, personal_id) WHERE personal_id IS NOT NULL;

-- Quality systems a producer holds (VietGAP, GlobalGAP, GMP, ISO 22000, HACCP, hữu cơ, ...).
CREATE TABLE registry.quality_certification (
    id          bigserial PRIMARY KEY,
    producer_id bigint      NOT NULL REFERENCES registry.producer (id) ON DELETE CASCADE,
    producer_key integer    NOT NULL,
    kind        varchar(20) NOT NULL,
    name        text,
    number      text,
    issuer      text,
    valid_from  date,
    valid_until date
);

-- Product (sản phẩm) on the classification of Phụ lục I, versioned by decision.
CREATE TABLE registry.product (
    id                     bigserial PRIMARY KEY,
    producer_id            bigint      NOT NULL REFERENCES registry.producer (id),
    unit_code              varchar(5)  NOT NULL,
    province_code          varchar(2)  NOT NULL,
    name                   text        NOT NULL,
    search_text            text        NOT NULL,
    classification_version varchar(20) NOT NULL,
    classification_code    varchar(20) NOT NULL,
    programme_code         varchar(40),
    description            text,
    raw_materials          text,
    raw_material_origin    text,
    status                 varchar(20) NOT NULL,
    current_stars          integer,
    demo                   boolean     NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                integer     NOT NULL DEFAULT 0
);
CREATE INDEX product_scope_idx ON registry.product (province_code, unit_code, status);
CREATE INDEX product_producer_idx ON registry.product (producer_id);
CREATE INDEX product_search_idx ON registry.product USING gin (search_text gin_trgm_ops);
CREATE UNIQUE INDEX product_programme_code_uq ON registry.product (programme_code) WHERE programme_code IS NOT NULL;

-- Star history (lịch sử hạng sao): stars, score, recognition decision.
CREATE TABLE registry.star_record (
    id            bigserial PRIMARY KEY,
    product_id    bigint       NOT NULL REFERENCES registry.product (id) ON DELETE CASCADE,
    stars         integer      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    score         numeric(5, 2),
    decision_no   text,
    decision_date date,
    level         varchar(10)  NOT NULL,
    note          text
);

-- Product photos stored on disk (ocop.data-dir/uploads), with their SHA-256.
CREATE TABLE registry.product_photo (
    id           bigserial PRIMARY KEY,
    product_id   bigint       NOT NULL REFERENCES registry.product (id) ON DELETE CASCADE,
    file_name    text         NOT NULL,
    content_type varchar(60)  NOT NULL,
    size_bytes   bigint       NOT NULL,
    sha256       varchar(64)  NOT NULL,
    stored_path  text         NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now()
);
