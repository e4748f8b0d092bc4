-- Documents of a convenio (signed convenio, signed decreto, ...), versioned: a replacement is a new version.
CREATE TABLE omm_documento (
  id            VARCHAR(36)  NOT NULL PRIMARY KEY,
  convenio_id   VARCHAR(64)  NOT NULL,
  tipo          VARCHAR(30)  NOT NULL,
  version       INTEGER      NOT NULL,
  nombre        VARCHAR(200) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  tamano        BIGINT       NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  contenido     BYTEA        NOT NULL,
  subido_por    VARCHAR(64)  NOT NULL,
  subido_en     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_documento_version UNIQUE (convenio_id, tipo, version)
);
