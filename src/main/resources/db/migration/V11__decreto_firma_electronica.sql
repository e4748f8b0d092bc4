-- The decreto's electronic signature: the code printed on each of its pages, with which anyone
-- finds and verifies it, and the number and date the ministro de fe signed it with.

CREATE TABLE omm_decreto_firma (
  convenio_id          VARCHAR(64) NOT NULL PRIMARY KEY,
  codigo_verificacion  VARCHAR(12) NOT NULL,
  numero               VARCHAR(20),
  fecha                DATE,
  CONSTRAINT uq_decreto_firma_codigo UNIQUE (codigo_verificacion)
);
