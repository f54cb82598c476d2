-- Certificates recorded without a dossier of this system (giấy chứng nhận nhập từ danh sách có sẵn: imported lists,
-- 148/1489-era certificates, demo data): dossier_id is null for them and source says where they came from. Their
-- number is unique within a ward, so re-importing the same list adds nothing twice.
ALTER TABLE certification.certificate
    ALTER COLUMN dossier_id DROP NOT NULL,
    ADD COLUMN source          varchar(10) NOT NULL DEFAULT 'DOSSIER' CHECK (source IN ('DOSSIER', 'IMPORT', 'DEMO')),
    ADD COLUMN revocation_note text;
CREATE UNIQUE INDEX certificate_recorded_number_uq ON certification.certificate (unit_code, number)
    WHERE dossier_id IS NULL;
