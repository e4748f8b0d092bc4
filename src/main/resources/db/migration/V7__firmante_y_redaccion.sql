-- Who signs the convenio (SERNAMEG, municipality) and its decreto (Alcalde, Secretario Municipal):
-- names and posts of officials acting in office, never their RUT.
CREATE TABLE omm_firmante (
  convenio_id     VARCHAR(64)  NOT NULL,
  rol             VARCHAR(20)  NOT NULL,
  nombre          VARCHAR(120) NOT NULL,
  sexo            VARCHAR(1)   NOT NULL,
  calidad         VARCHAR(20)  NOT NULL,
  registrado_por  VARCHAR(64),
  registrado_en   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_firmante PRIMARY KEY (convenio_id, rol),
  CONSTRAINT ck_firmante_rol CHECK (rol IN ('SERNAMEG', 'MUNICIPIO', 'ALCALDE', 'SECRETARIO')),
  CONSTRAINT ck_firmante_sexo CHECK (sexo IN ('F', 'M')),
  CONSTRAINT ck_firmante_calidad CHECK (calidad IN ('TITULAR', 'SUBROGANTE'))
);

-- What the Secretaría decided when preparing the decreto: to whom it is distributed (unit codes,
-- comma-separated, in the order printed) and the reference-initials line («RJJ/LMV/MRS/mscg»).
CREATE TABLE omm_redaccion_decreto (
  convenio_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  distribucion    VARCHAR(300) NOT NULL,
  referencia      VARCHAR(60),
  registrado_por  VARCHAR(64),
  registrado_en   TIMESTAMP WITH TIME ZONE NOT NULL
);
