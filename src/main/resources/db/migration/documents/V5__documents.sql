CREATE SCHEMA IF NOT EXISTS documents;

-- Settings of an issuing body (cơ quan ban hành): the commune-level People's Committee. Lines are newline-separated.
CREATE TABLE documents.issuing_body (
    unit_code          varchar(5)  PRIMARY KEY,
    name_lines         text        NOT NULL,
    place_name         text        NOT NULL,
    body_abbreviation  varchar(12) NOT NULL,
    field_abbreviation varchar(12) NOT NULL,
    type_abbreviations text        NOT NULL DEFAULT '',
    numbering_mode     varchar(10) NOT NULL,
    distribution       text        NOT NULL DEFAULT '',
    archive_line       text        NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    CONSTRAINT issuing_body_mode_ck CHECK (numbering_mode IN ('SHARED', 'PER_TYPE'))
);

-- Signers (người ký): the lines above the signature ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
CREATE TABLE documents.signer (
    id              bigserial   PRIMARY KEY,
    unit_code       varchar(5)  NOT NULL REFERENCES documents.issuing_body (unit_code),
    full_name       text        NOT NULL,
    authority_lines text        NOT NULL,
    is_default      boolean     NOT NULL DEFAULT false,
    active          boolean     NOT NULL DEFAULT true,
    demo            boolean     NOT NULL DEFAULT false,
    position        integer     NOT NULL DEFAULT 0
);
CREATE INDEX signer_unit_idx ON documents.signer (unit_code);

-- Outgoing documents (văn bản đi). content: the structured content (JSON); frame: settings and signer frozen at issue.
CREATE TABLE documents.document (
    id             bigserial   PRIMARY KEY,
    unit_code      varchar(5)  NOT NULL,
    province_code  varchar(2)  NOT NULL,
    type           varchar(4)  NOT NULL,
    subject        text        NOT NULL,
    search_text    text        NOT NULL,
    content        jsonb       NOT NULL,
    signer_id      bigint      REFERENCES documents.signer (id),
    status         varchar(10) NOT NULL,
    register_year  integer     NOT NULL,
    sequence       integer,
    symbol         text,
    number_text    text,
    issued_on      date,
    issued_by      text,
    frame          jsonb,
    replaces_id    bigint      REFERENCES documents.document (id),
    replaced_by_id bigint      REFERENCES documents.document (id),
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0,
    CONSTRAINT document_status_ck CHECK (status IN ('DRAFT', 'ISSUED', 'REPLACED')),
    CONSTRAINT document_issued_ck CHECK (status = 'DRAFT' OR (sequence >= 1 AND symbol IS NOT NULL
        AND number_text IS NOT NULL AND issued_on IS NOT NULL AND frame IS NOT NULL
        AND register_year = extract(year FROM issued_on))),
    -- Number + symbol is unique within the year of the issuing body (Nghị định 30/2020/NĐ-CP Điều 15).
    CONSTRAINT document_number_uq UNIQUE (unit_code, register_year, sequence, symbol)
);
CREATE INDEX document_scope_idx ON documents.document (province_code, unit_code, register_year, type);
CREATE INDEX document_search_idx ON documents.document USING gin (search_text gin_trgm_ops);

-- The counters of the register (sổ đăng ký văn bản đi): one row per body, year and sequence ("ALL" or a type code).
-- Drawn with INSERT … ON CONFLICT DO UPDATE … RETURNING inside the issuing transaction: the row lock serialises
-- concurrent issues, and a rolled-back issue gives its number back.
CREATE TABLE documents.register_counter (
    unit_code    varchar(5)  NOT NULL,
    year         integer     NOT NULL,
    sequence_key varchar(4)  NOT NULL,
    last_number  integer     NOT NULL,
    PRIMARY KEY (unit_code, year, sequence_key)
);

-- Files of issued documents (PDF, DOCX) with their SHA-256: written once, never changed.
CREATE TABLE documents.issued_file (
    document_id bigint      NOT NULL REFERENCES documents.document (id),
    format      varchar(4)  NOT NULL,
    content     bytea       NOT NULL,
    sha256      char(64)    NOT NULL,
    size_bytes  integer     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, format),
    CONSTRAINT issued_file_format_ck CHECK (format IN ('PDF', 'DOCX'))
);

-- An issued document never changes: only its status may move to REPLACED (with replaced_by_id).
CREATE FUNCTION documents.keep_issued_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'documents.document %: an issued document is never deleted', OLD.id;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.subject IS DISTINCT FROM OLD.subject
            OR NEW.type IS DISTINCT FROM OLD.type OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
            OR NEW.sequence IS DISTINCT FROM OLD.sequence OR NEW.symbol IS DISTINCT FROM OLD.symbol
            OR NEW.number_text IS DISTINCT FROM OLD.number_text OR NEW.issued_on IS DISTINCT FROM OLD.issued_on
            OR NEW.frame IS DISTINCT FROM OLD.frame OR NEW.signer_id IS DISTINCT FROM OLD.signer_id
            OR NEW.status = 'DRAFT') THEN
        RAISE EXCEPTION 'documents.document %: an issued document never changes', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER document_keep_issued BEFORE UPDATE OR DELETE ON documents.document
    FOR EACH ROW EXECUTE FUNCTION documents.keep_issued_document();

CREATE FUNCTION documents.keep_issued_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'documents.issued_file %/%: a stored file never changes', OLD.document_id, OLD.format;
END
$$;
CREATE TRIGGER issued_file_keep BEFORE UPDATE OR DELETE ON documents.issued_file
    FOR EACH ROW EXECUTE FUNCTION documents.keep_issued_file();
