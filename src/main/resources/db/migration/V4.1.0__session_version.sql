-- Every workspace session carries the user's session version; signing out, a password change
-- and deactivation increment it, which ends every session of that user on every replica.
ALTER TABLE app_user ADD COLUMN session_version INTEGER DEFAULT 0 NOT NULL;
