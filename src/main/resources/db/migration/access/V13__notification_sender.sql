-- Who sent a notification, as its recipient reads it: the acting person's full name, or
-- 'Hệ thống (tác vụ tự động)' for the scheduled jobs (expiry, renewal reminders). Null on older rows.
ALTER TABLE access.notification ADD COLUMN sender text;
