CREATE SCHEMA IF NOT EXISTS access;

-- Administrative units: province (tỉnh/thành phố) and commune-level units (xã, phường, đặc khu).
-- The code is stable; names and types change over time, so they live in dated rows (admin_unit_name).
CREATE TABLE access.admin_unit (
    code          varchar(5) PRIMARY KEY,
    level         varchar(10) NOT NULL CHECK (level IN ('PROVINCE', 'COMMUNE')),
    province_code varchar(2)  NOT NULL
);
CREATE INDEX admin_unit_province_idx ON access.admin_unit (province_code, level);

CREATE TABLE access.admin_unit_name (
    id          bigserial PRIMARY KEY,
    unit_code   varchar(5)   NOT NULL REFERENCES access.admin_unit (code),
    name        text         NOT NULL,
    search_name text         NOT NULL,
    unit_type   varchar(20)  NOT NULL,
    valid_from  date         NOT NULL,
    valid_until date,
    source      text         NOT NULL,
    UNIQUE (unit_code, valid_from)
);
CREATE INDEX admin_unit_name_search_idx ON access.admin_unit_name USING gin (search_name gin_trgm_ops);

-- Neighbourhoods (khu phố / ấp) of a commune-level unit.
CREATE TABLE access.neighbourhood (
    id        bigserial PRIMARY KEY,
    unit_code varchar(5) NOT NULL REFERENCES access.admin_unit (code),
    name      text       NOT NULL,
    demo      boolean    NOT NULL DEFAULT false,
    UNIQUE (unit_code, name)
);

CREATE TABLE access.app_user (
    id               bigserial PRIMARY KEY,
    username         varchar(60)  NOT NULL,
    password_hash    varchar(100) NOT NULL,
    full_name        text         NOT NULL,
    role             varchar(30)  NOT NULL,
    unit_code        varchar(5)   NOT NULL REFERENCES access.admin_unit (code),
    neighbourhood_id bigint REFERENCES access.neighbourhood (id),
    producer_id      bigint,
    enabled          boolean      NOT NULL DEFAULT true,
    demo             boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_idx ON access.app_user (lower(username));

-- Audit trail: who changed what, when, with the state before and after (JSON).
CREATE TABLE access.audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       varchar(60) NOT NULL,
    actor_role  varchar(30),
    unit_code   varchar(5),
    entity_type varchar(40) NOT NULL,
    entity_id   varchar(40) NOT NULL,
    action      varchar(20) NOT NULL,
    before_json jsonb,
    after_json  jsonb
);
CREATE INDEX audit_entry_entity_idx ON access.audit_entry (entity_type, entity_id, at DESC);
