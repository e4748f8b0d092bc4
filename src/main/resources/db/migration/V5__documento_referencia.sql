-- A convenio has one document of some types (the signed convenio) and one per period of others
-- (each semester's report): the reference tells them apart ('' when there is one).
ALTER TABLE omm_documento ADD COLUMN referencia VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE omm_documento DROP CONSTRAINT uq_documento_version;
ALTER TABLE omm_documento ADD CONSTRAINT uq_documento_version UNIQUE (convenio_id, tipo, referencia, version);
