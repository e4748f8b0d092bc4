-- The comuna whose holidays counted a deadline: where the party that must meet it acts (docs/plazos.md), SERNAMEG's
-- regional seat for its tasks. comuna_codigo stays the convenio's comuna (tenant, who may see it, dashboard).
ALTER TABLE omm_plazo ADD COLUMN calendario_comuna VARCHAR(5);
UPDATE omm_plazo SET calendario_comuna = comuna_codigo;
-- For a while SERNAMEG's deadlines stored the seat in comuna_codigo: put the convenio's comuna back.
UPDATE omm_plazo SET comuna_codigo = (SELECT c.comuna_codigo FROM omm_convenio c WHERE c.id = omm_plazo.convenio_id)
  WHERE EXISTS (SELECT 1 FROM omm_convenio c
                WHERE c.id = omm_plazo.convenio_id AND c.comuna_codigo <> omm_plazo.comuna_codigo);
