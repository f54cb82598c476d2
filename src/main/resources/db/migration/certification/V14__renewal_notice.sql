-- Thông báo đánh giá lại (renewal notices): a Thông báo (TB) or công văn (CV) the ward officer drafts, and the ward
-- leader issues, to the producers whose certificates are in or approaching the Điều 7.6.a window of QĐ 26/2026/QĐ-TTg.
-- The document itself lives in the documents module (document_id, not a foreign key: modules own their schemas);
-- state, number and date are copied here when it is issued (DocumentIssued), and state becomes REPLACED when a later
-- issued document replaces it.
CREATE TABLE certification.renewal_notice (
    id                 bigserial   PRIMARY KEY,
    document_id        bigint      NOT NULL UNIQUE,
    unit_code          varchar(5)  NOT NULL,
    province_code      varchar(2)  NOT NULL,
    type               varchar(2)  NOT NULL CHECK (type IN ('TB', 'CV')),
    state              varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'ISSUED', 'REPLACED')),
    replaces_notice_id bigint      REFERENCES certification.renewal_notice (id),
    number_text        text,
    issued_on          date,
    created_by         varchar(60) NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT renewal_notice_issued_ck CHECK (state = 'DRAFT' OR (number_text IS NOT NULL AND issued_on IS NOT NULL))
);
CREATE INDEX renewal_notice_unit_idx ON certification.renewal_notice (unit_code);

-- The certificates a notice covers, with the window they were noticed for (valid_until identifies it): a certificate
-- is in at most one notice per window that is not replaced (checked, under a row lock of the certificate, when
-- drafting).
CREATE TABLE certification.renewal_notice_certificate (
    notice_id      bigint NOT NULL REFERENCES certification.renewal_notice (id),
    certificate_id bigint NOT NULL REFERENCES certification.certificate (id),
    valid_until    date   NOT NULL,
    window_opens   date   NOT NULL,
    window_closes  date   NOT NULL,
    PRIMARY KEY (notice_id, certificate_id)
);
CREATE INDEX renewal_notice_certificate_idx ON certification.renewal_notice_certificate (certificate_id, valid_until);
