package cl.conveniosomm.notificacion.correo;

import jakarta.mail.Session;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mailbox: each message becomes an .eml file (opens in any mail client) and a log line,
 * so every email can be read without installing anything. A folder needs no connection: it is its
 * own.
 */
class ArchivoEmlTransport implements CorreoTransport, CorreoTransport.Conexion {

  private static final Logger LOG = LoggerFactory.getLogger(ArchivoEmlTransport.class);

  private final Path directorio;
  private final String from;
  private final Session session = Session.getInstance(new Properties());

  ArchivoEmlTransport(Path directorio, String from) {
    this.directorio = directorio;
    this.from = from;
  }

  @Override
  public Conexion abrir() {
    return this;
  }

  @Override
  public void enviar(MensajeSaliente mensaje) throws Exception {
    Files.createDirectories(directorio);
    Path destino =
        directorio.resolve(mensaje.creadoEn().toEpochMilli() + "-" + mensaje.id() + ".eml");
    Path temporal = directorio.resolve(mensaje.id() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporal)) {
      MimeMensajes.construir(session, mensaje, from).writeTo(out);
    }
    Files.move(
        temporal, destino, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    LOG.info(
        "Correo para {}: «{}» en {}",
        mensaje.destinatario(),
        mensaje.asunto(),
        destino.toAbsolutePath());
  }

  @Override
  public boolean abierta() {
    return true;
  }

  @Override
  public void close() {
    // nothing to close
  }
}
