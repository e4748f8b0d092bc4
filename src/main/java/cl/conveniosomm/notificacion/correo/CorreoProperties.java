package cl.conveniosomm.notificacion.correo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail delivery settings ({@code omm.mail.*}).
 *
 * @param from sender address
 * @param transport {@code smtp} (production) or {@code archivo}: .eml files in {@code directorio}
 *     (demo)
 * @param intervalo how often the sender looks for due messages
 * @param lote messages taken per batch, sent over one SMTP connection
 * @param conexiones batches sent at the same time, each over its own SMTP connection
 * @param bloqueo how long a sender owns a message it took; longer than any SMTP timeout, so a slow
 *     server never makes another node send the same message
 * @param reintentoInicial first retry delay after a failure; doubles up to {@code reintentoMaximo}
 */
@ConfigurationProperties("omm.mail")
public record CorreoProperties(
    String from,
    String transport,
    Path directorio,
    Duration intervalo,
    Integer lote,
    Integer conexiones,
    Duration bloqueo,
    Duration reintentoInicial,
    Duration reintentoMaximo,
    Boolean envioActivo) {

  public CorreoProperties {
    transport = transport == null || transport.isBlank() ? "smtp" : transport;
    directorio = directorio == null ? Path.of("data", "mail") : directorio;
    intervalo = intervalo == null ? Duration.ofSeconds(5) : intervalo;
    lote = lote == null ? 50 : lote;
    conexiones = conexiones == null ? 4 : conexiones;
    bloqueo = bloqueo == null ? Duration.ofMinutes(10) : bloqueo;
    reintentoInicial = reintentoInicial == null ? Duration.ofSeconds(30) : reintentoInicial;
    reintentoMaximo = reintentoMaximo == null ? Duration.ofMinutes(30) : reintentoMaximo;
    envioActivo = envioActivo == null || envioActivo;
  }

  public boolean enArchivo() {
    return "archivo".equalsIgnoreCase(transport);
  }
}
