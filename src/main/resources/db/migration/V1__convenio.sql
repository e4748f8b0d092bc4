-- The convenio: one row per agreement, keyed by its readable id (the process business key).
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (demo).
CREATE TABLE omm_convenio (
  id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
  comuna_codigo      VARCHAR(5)   NOT NULL,
  comuna_nombre      VARCHAR(80)  NOT NULL,
  region_nombre      VARCHAR(80)  NOT NULL,
  fecha_suscripcion  DATE         NOT NULL,
  lugar_suscripcion  VARCHAR(120) NOT NULL,
  tipo_mecanismo     VARCHAR(20)  NOT NULL,
  estado             VARCHAR(20)  NOT NULL,
  registrado_por     VARCHAR(64)  NOT NULL,
  registrado_en      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ck_convenio_tipo CHECK (tipo_mecanismo IN ('COORDINACION', 'OFICINA_MUNICIPAL')),
  CONSTRAINT ck_convenio_estado CHECK (estado IN ('EN_APROBACION', 'VIGENTE', 'EN_TERMINO', 'CERRADO'))
);

CREATE INDEX ix_convenio_comuna_estado ON omm_convenio (comuna_codigo, estado);
