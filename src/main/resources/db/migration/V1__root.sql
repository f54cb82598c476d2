-- Shared extensions. pg_trgm backs the diacritic-insensitive name search (a folded column + trigram index).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
