package cl.conveniosomm.garantias.correo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A slow SMTP server: a local proxy in front of the real one (GreenMail) that holds every reply of
 * the server for a while, as an overloaded mail server does.
 */
final class SmtpLento implements AutoCloseable {

  private final ServerSocket server;
  private final int destino;
  private final Duration demora;

  SmtpLento(int destino, Duration demora) {
    this.destino = destino;
    this.demora = demora;
    try {
      this.server = new ServerSocket(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread aceptar = new Thread(this::aceptar, "smtp-lento");
    aceptar.setDaemon(true);
    aceptar.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void aceptar() {
    while (!server.isClosed()) {
      try {
        Socket cliente = server.accept();
        Socket smtp = new Socket("127.0.0.1", destino);
        copiar(cliente.getInputStream(), smtp.getOutputStream(), Duration.ZERO);
        copiar(smtp.getInputStream(), cliente.getOutputStream(), demora);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void copiar(InputStream from, OutputStream to, Duration demora) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (from; to) {
        for (int n; (n = from.read(buffer)) > 0; ) {
          Thread.sleep(demora.toMillis());
          to.write(buffer, 0, n);
          to.flush();
        }
      } catch (IOException | InterruptedException ended) {
        // one side closed the connection
      }
    }, "smtp-lento-copia");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
