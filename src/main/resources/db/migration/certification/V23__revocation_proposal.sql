-- Đề nghị thu hồi giấy chứng nhận (the ward's revocation proposal, QĐ 26/2026/QĐ-TTg Điều 8.1.đ and 8.4): the ward
-- officer confirms that a producer no longer produces the product (the day it stopped, how the ward verified it) in a
-- công văn to the province's OCOP body, drafted in the documents module (document_id, not a foreign key: modules own
-- their schemas). The ward leader issues it: number and date are copied here (DocumentIssued) and the 15 days of
-- Điều 8.4 run from that date. DECIDED once the revocation decision is recorded; DISCARDED when the draft is discarded.
-- A certificate has at most one open (DRAFT or ISSUED) proposal.
CREATE TABLE certification.revocation_proposal (
    id             bigserial   PRIMARY KEY,
    certificate_id bigint      NOT NULL REFERENCES certification.certificate (id),
    unit_code      varchar(5)  NOT NULL,
    ground         varchar(1)  NOT NULL DEFAULT 'đ' CHECK (ground IN ('a', 'b', 'c', 'd', 'đ', 'e')),
    stopped_on     date        NOT NULL,
    verified_how   text        NOT NULL,
    note           text,
    document_id    bigint      NOT NULL UNIQUE,
    state          varchar(10) NOT NULL DEFAULT 'DRAFT'
                               CHECK (state IN ('DRAFT', 'ISSUED', 'DISCARDED', 'DECIDED')),
    number_text    text,
    issued_on      date,
    created_by     varchar(60) NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT revocation_proposal_issued_ck
        CHECK (state <> 'ISSUED' OR (number_text IS NOT NULL AND issued_on IS NOT NULL))
);
CREATE UNIQUE INDEX revocation_proposal_open_uq ON certification.revocation_proposal (certificate_id)
    WHERE state IN ('DRAFT', 'ISSUED');
CREATE INDEX revocation_proposal_certificate_idx ON certification.revocation_proposal (certificate_id, id DESC);
