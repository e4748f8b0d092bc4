package cl.conveniosomm.garantias.correo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A slow SMTP server: a local proxy in front of the real one (GreenMail) that holds every reply of
 * the server for a while, as an overloaded mail server does. It counts the connections it accepted,
 * and {@link #cortar()} plays the server going away: open connections cut, new ones refused.
 */
final class SmtpLento implements AutoCloseable {

  private final ServerSocket server;
  private final int destino;
  private final Duration demora;
  private final AtomicInteger conexiones = new AtomicInteger();
  private final List<Socket> abiertos = new CopyOnWriteArrayList<>();

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

  /** Connections accepted so far. */
  int conexiones() {
    return conexiones.get();
  }

  /** Refuses new connections and cuts the open ones. */
  void cortar() throws IOException {
    server.close();
    for (Socket socket : abiertos) {
      socket.close();
    }
  }

  private void aceptar() {
    while (!server.isClosed()) {
      try {
        Socket cliente = server.accept();
        conexiones.incrementAndGet();
        Socket smtp = new Socket("127.0.0.1", destino);
        abiertos.add(cliente);
        abiertos.add(smtp);
        copiar(cliente.getInputStream(), smtp.getOutputStream(), Duration.ZERO);
        copiar(smtp.getInputStream(), cliente.getOutputStream(), demora);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void copiar(InputStream from, OutputStream to, Duration demora) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (from;
                  to) {
                for (int n; (n = from.read(buffer)) > 0; ) {
                  Thread.sleep(demora.toMillis());
                  to.write(buffer, 0, n);
                  to.flush();
                }
              } catch (IOException | InterruptedException ended) {
                // one side closed the connection
              }
            },
            "smtp-lento-copia");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    cortar();
  }
}
