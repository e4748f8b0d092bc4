package cl.conveniosomm.notificacion.correo;

/** Where the sender reads the expediente document a message carries, as it sends the message. */
@FunctionalInterface
public interface DocumentosAdjuntos {

  /** The document version's bytes; throws when they cannot be read, and the message then waits. */
  byte[] contenido(String documentoId);
}
