package cl.conveniosomm.notificacion.correo;

/** Hands messages to the world: an SMTP server, or files in the demo. */
public interface CorreoTransport {

  /** Opens what a batch goes out on: one SMTP connection for all its messages. */
  Conexion abrir() throws Exception;

  /** An open delivery channel; closing it ends the SMTP session. */
  interface Conexion extends AutoCloseable {

    void enviar(MensajeSaliente mensaje) throws Exception;

    /** Whether it can still send, asked after a failure: false once the SMTP connection broke. */
    boolean abierta();

    @Override
    void close();
  }
}
