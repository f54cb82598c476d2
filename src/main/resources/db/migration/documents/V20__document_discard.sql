-- A draft may be discarded (hủy dự thảo): it gets no number, stays readable with who discarded it, when and why, and
-- never changes again. Issued documents stay as they were: the trigger below keeps refusing every change to them.
ALTER TABLE documents.document
    ADD COLUMN discarded_at   timestamptz,
    ADD COLUMN discarded_by   text,
    ADD COLUMN discard_reason text;

ALTER TABLE documents.document DROP CONSTRAINT document_status_ck;
ALTER TABLE documents.document ADD CONSTRAINT document_status_ck
    CHECK (status IN ('DRAFT', 'ISSUED', 'REPLACED', 'DISCARDED'));

ALTER TABLE documents.document DROP CONSTRAINT document_issued_ck;
ALTER TABLE documents.document ADD CONSTRAINT document_issued_ck CHECK (status IN ('DRAFT', 'DISCARDED')
    OR (sequence >= 1 AND symbol IS NOT NULL AND number_text IS NOT NULL AND issued_on IS NOT NULL
        AND frame IS NOT NULL AND register_year = extract(year FROM issued_on)));

ALTER TABLE documents.document ADD CONSTRAINT document_discarded_ck CHECK (status <> 'DISCARDED'
    OR (discarded_at IS NOT NULL AND discarded_by IS NOT NULL AND discard_reason IS NOT NULL
        AND sequence IS NULL AND number_text IS NULL AND issued_on IS NULL));

-- The same guard as V5, plus: a discarded draft stays discarded (no way back to a draft, on to issued or replaced).
CREATE OR REPLACE FUNCTION documents.keep_issued_document() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF OLD.status = 'DISCARDED' AND (NEW.status IS DISTINCT FROM OLD.status
            OR NEW.discarded_at IS DISTINCT FROM OLD.discarded_at OR NEW.discarded_by IS DISTINCT FROM OLD.discarded_by
            OR NEW.discard_reason IS DISTINCT FROM OLD.discard_reason) THEN
        RAISE EXCEPTION 'documents.document %: a discarded draft never changes', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
