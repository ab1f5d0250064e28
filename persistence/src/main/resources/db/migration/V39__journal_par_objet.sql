-- The entries of the audit trail about given objects: a person's data export (right of access) reads those of the
-- person's files, requests, decisions and letters (JournalAudit.parObjets). Without an index each export read the
-- whole trail, hundreds of thousands of entries after ten years.
CREATE INDEX IF NOT EXISTS ix_evenement_audit_objet ON evenement_audit (objet_id);
