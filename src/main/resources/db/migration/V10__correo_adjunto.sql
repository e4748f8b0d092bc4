-- An email can carry a document of the convenio's expediente (the signed decreto it distributes). The
-- outbox keeps the id of that document version, never a copy of its bytes: the sender reads it from
-- omm_documento when it builds the message, and a message whose document cannot be read waits and is
-- retried like one the SMTP server refused. adjunto_nombre and adjunto_tipo name the attachment.
ALTER TABLE omm_mensaje ADD COLUMN adjunto_documento_id VARCHAR(36);
