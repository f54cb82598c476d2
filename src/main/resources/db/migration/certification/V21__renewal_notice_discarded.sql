-- A renewal notice whose draft was discarded in the documents module (hủy dự thảo, DocumentDiscarded) becomes
-- DISCARDED: like a replaced one it no longer holds its certificates, which may go into a new notice for the window.
ALTER TABLE certification.renewal_notice DROP CONSTRAINT renewal_notice_state_check;
ALTER TABLE certification.renewal_notice ADD CONSTRAINT renewal_notice_state_check
    CHECK (state IN ('DRAFT', 'ISSUED', 'REPLACED', 'DISCARDED'));

ALTER TABLE certification.renewal_notice DROP CONSTRAINT renewal_notice_issued_ck;
ALTER TABLE certification.renewal_notice ADD CONSTRAINT renewal_notice_issued_ck
    CHECK (state IN ('DRAFT', 'DISCARDED') OR (number_text IS NOT NULL AND issued_on IS NOT NULL));
