-- The documents each step of the approval leaves (cited by the decreto's VISTOS), and the decreto.

CREATE TABLE omm_antecedente (
  id              VARCHAR(36)  NOT NULL PRIMARY KEY,
  convenio_id     VARCHAR(64)  NOT NULL,
  orden           INTEGER      NOT NULL,
  paso            VARCHAR(60)  NOT NULL,
  tipo            VARCHAR(20)  NOT NULL,
  numero          VARCHAR(20),
  fecha           DATE         NOT NULL,
  unidad          VARCHAR(30)  NOT NULL,
  materia         VARCHAR(500) NOT NULL,
  registrado_por  VARCHAR(64),
  registrado_en   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_antecedente_orden UNIQUE (convenio_id, orden)
);

CREATE INDEX ix_antecedente_convenio ON omm_antecedente (convenio_id, fecha);

CREATE TABLE omm_decreto (
  convenio_id         VARCHAR(64) NOT NULL PRIMARY KEY,
  comuna_codigo       VARCHAR(5)  NOT NULL,
  numero              VARCHAR(20) NOT NULL,
  anio                INTEGER     NOT NULL,
  fecha               DATE        NOT NULL,
  efecto_retroactivo  BOOLEAN     NOT NULL,
  registrado_en       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_decreto_numero UNIQUE (comuna_codigo, anio, numero)
);
