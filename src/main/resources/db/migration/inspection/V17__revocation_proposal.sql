-- The proposal to the province to revoke a certificate (văn bản đề nghị thu hồi Giấy chứng nhận sản phẩm OCOP,
-- QĐ 26/2026/QĐ-TTg Điều 8) drafted through the documents module when a visit is submitted with the outcome
-- PROPOSE_REVOCATION: one per visit (the primary key makes a redelivered event or a retry find the draft it made),
-- the document it made (no foreign key across modules), and once the ward leader issues it, its number and date
-- (copied from the DocumentIssued event).
CREATE TABLE inspection.revocation_proposal (
    visit_id      bigint      PRIMARY KEY REFERENCES inspection.visit (id),
    unit_code     varchar(5)  NOT NULL,
    document_id   bigint      NOT NULL UNIQUE,
    document_type varchar(5)  NOT NULL CHECK (document_type IN ('CV', 'TTr')),
    drafted_by    varchar(60) NOT NULL,
    drafted_at    timestamptz NOT NULL DEFAULT now(),
    issued_number varchar(60),
    issued_on     date,
    CONSTRAINT revocation_proposal_issued_ck CHECK ((issued_number IS NULL) = (issued_on IS NULL))
);
