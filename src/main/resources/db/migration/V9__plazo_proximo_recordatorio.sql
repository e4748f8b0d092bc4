-- Each pending deadline carries its next reminder: which step of the ladder and when it is due. One
-- scheduler polls the due ones (ProgramadorRecordatorios) instead of a process instance per deadline.
-- A reminder that failed keeps its step and is retried later; the error stays on the row for operators.
ALTER TABLE omm_plazo ADD COLUMN proximo_recordatorio TIMESTAMP WITH TIME ZONE;
ALTER TABLE omm_plazo ADD COLUMN proximo_numero INTEGER;
ALTER TABLE omm_plazo ADD COLUMN recordatorio_intentos INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE omm_plazo ADD COLUMN recordatorio_error VARCHAR(1000);
-- closed deadlines have no next reminder (NULL), so the index holds just what the scheduler looks for
CREATE INDEX ix_plazo_proximo_recordatorio ON omm_plazo (proximo_recordatorio);
