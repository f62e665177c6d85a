-- The web workspace remembers each user's language (English or Lao).
ALTER TABLE app_user ADD COLUMN language VARCHAR(2) DEFAULT 'en' NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_language_check CHECK (language IN ('en', 'lo'));
