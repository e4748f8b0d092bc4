-- What kind of obligation a deadline is, for the compliance dashboard: a report owed to SERNAMEG
-- (INFORME), a document of the ciclo de gestión (DOCUMENTO: diagnóstico, agenda, plan) or a step of
-- the approval (TRAMITE). Deadlines opened before this column existed count as TRAMITE.
ALTER TABLE omm_plazo ADD COLUMN categoria VARCHAR(10) DEFAULT 'TRAMITE' NOT NULL;
ALTER TABLE omm_plazo ADD CONSTRAINT ck_plazo_categoria CHECK (categoria IN ('INFORME', 'DOCUMENTO', 'TRAMITE'));
CREATE INDEX ix_plazo_comuna_estado ON omm_plazo (comuna_codigo, estado);
