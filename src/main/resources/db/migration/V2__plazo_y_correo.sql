-- Deadlines (plazos) of each convenio's obligations, and the transactional outbox of every email.

CREATE TABLE omm_plazo (
  id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
  convenio_id            VARCHAR(64)   NOT NULL,
  obligacion             VARCHAR(80)   NOT NULL,
  descripcion            VARCHAR(300)  NOT NULL,
  comuna_codigo          VARCHAR(5),
  comuna_nombre          VARCHAR(80)   NOT NULL,
  vence                  DATE          NOT NULL,
  estado                 VARCHAR(12)   NOT NULL,
  responsables           VARCHAR(2000) NOT NULL,
  escalamiento           VARCHAR(2000) NOT NULL,
  contraparte            VARCHAR(2000) NOT NULL,
  direcciones_invalidas  VARCHAR(2000),
  enlace                 VARCHAR(500)  NOT NULL,
  creado_en              TIMESTAMP WITH TIME ZONE NOT NULL,
  cerrado_en             TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_plazo_obligacion UNIQUE (convenio_id, obligacion),
  CONSTRAINT ck_plazo_estado CHECK (estado IN ('PENDIENTE', 'CUMPLIDO', 'CANCELADO'))
);

CREATE INDEX ix_plazo_estado_vence ON omm_plazo (estado, vence);

CREATE TABLE omm_mensaje (
  id               VARCHAR(36)   NOT NULL PRIMARY KEY,
  -- what makes a message unique: obligation or task, reminder number or event, recipient
  clave            VARCHAR(400)  NOT NULL,
  convenio_id      VARCHAR(64),
  usuario_id       VARCHAR(64),
  destinatario     VARCHAR(320)  NOT NULL,
  asunto           VARCHAR(300)  NOT NULL,
  texto            TEXT          NOT NULL,
  html             TEXT          NOT NULL,
  adjunto_nombre   VARCHAR(120),
  adjunto_tipo     VARCHAR(120),
  adjunto          TEXT,
  -- for held task notices: the task as JSON, so the daily digest can list it
  datos            TEXT,
  -- PENDIENTE: to send; ENVIADO; RETENIDO: waits for the user's daily digest; AGRUPADO: went in one
  estado           VARCHAR(10)   NOT NULL,
  intentos         INTEGER       NOT NULL,
  proximo_intento  TIMESTAMP WITH TIME ZONE NOT NULL,
  bloqueado_hasta  TIMESTAMP WITH TIME ZONE,
  bloqueado_por    VARCHAR(100),
  ultimo_error     VARCHAR(1000),
  creado_en        TIMESTAMP WITH TIME ZONE NOT NULL,
  enviado_en       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_mensaje_clave UNIQUE (clave),
  CONSTRAINT ck_mensaje_estado CHECK (estado IN ('PENDIENTE', 'ENVIADO', 'RETENIDO', 'AGRUPADO'))
);

CREATE INDEX ix_mensaje_envio ON omm_mensaje (estado, proximo_intento);
CREATE INDEX ix_mensaje_usuario ON omm_mensaje (usuario_id, estado);
