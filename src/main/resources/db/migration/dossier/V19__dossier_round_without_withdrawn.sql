-- One dossier per product, year and round — but a withdrawn dossier no longer holds its round: the producer (or the
-- ward for a household) may open a new one in the same round after withdrawing.
ALTER TABLE dossier.dossier DROP CONSTRAINT dossier_product_round_uq;
CREATE UNIQUE INDEX dossier_product_round_uq ON dossier.dossier (product_id, eval_year, round)
    WHERE status <> 'WITHDRAWN';
