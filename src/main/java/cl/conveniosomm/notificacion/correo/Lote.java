package cl.conveniosomm.notificacion.correo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection a batch of the outbox goes out on. It is opened for the first message the node
 * takes (a round with nothing to send connects to nothing). When it breaks mid-batch it is opened
 * again once for the next message; when connecting fails, the batch's remaining messages fail with
 * that error without another attempt, each keeping its own retry and backoff.
 */
final class Lote implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Lote.class);

  private final CorreoTransport transport;
  private CorreoTransport.Conexion conexion;
  private Exception sinConexion;

  Lote(CorreoTransport transport) {
    this.transport = transport;
  }

  void enviar(MensajeSaliente mensaje) throws Exception {
    if (sinConexion != null) {
      throw sinConexion;
    }
    if (conexion == null) {
      try {
        conexion = transport.abrir();
      } catch (Exception e) {
        sinConexion = e;
        throw e;
      }
    }
    try {
      conexion.enviar(mensaje);
    } catch (Exception e) {
      if (!conexion.abierta()) {
        LOG.info("Se cortó la conexión de correo a mitad de lote: {}", e.getMessage());
        close();
      }
      throw e;
    }
  }

  @Override
  public void close() {
    if (conexion != null) {
      conexion.close();
      conexion = null;
    }
  }
}
