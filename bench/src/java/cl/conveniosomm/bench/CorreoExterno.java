package cl.conveniosomm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GreenMail standalone ({@code com.icegreen:greenmail-standalone}, the tests' GreenMail version) in
 * a {@code java} process of its own, outside the measured JVM: the SMTP server of the app and of
 * both baselines. Counts what it received through its REST API: one mailbox per recipient, created
 * on the first delivery.
 */
final class CorreoExterno implements AutoCloseable {

  private static final Pattern LOGIN = Pattern.compile("\"login\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern MENSAJE = Pattern.compile("\"uid\":\"");

  private final Process proceso;
  private final int smtp;
  private final String api;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private CorreoExterno(Process proceso, int smtp, int puertoApi) {
    this.proceso = proceso;
    this.smtp = smtp;
    this.api = "http://127.0.0.1:" + puertoApi;
  }

  /**
   * Starts the server (the jar named by -Dbench.greenmail, which bench/run fetches) and waits until
   * it is ready.
   */
  static CorreoExterno iniciar(Path registro) throws Exception {
    String jar = System.getProperty("bench.greenmail");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "Falta GreenMail standalone (-Dbench.greenmail=<jar>, lo descarga bench/run): " + jar);
    }
    int smtp = Bench.puertoLibre();
    int api = Bench.puertoLibre();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process proceso =
        new ProcessBuilder(
                java.toString(),
                "-Xmx512m",
                "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtp,
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + api,
                "-Dgreenmail.auth.disabled",
                "-jar",
                jar)
            .redirectErrorStream(true)
            .redirectOutput(registro.toFile())
            .start();
    CorreoExterno correo = new CorreoExterno(proceso, smtp, api);
    long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!correo.listo()) {
      if (!proceso.isAlive() || System.nanoTime() > limite) {
        proceso.destroy();
        throw new IllegalStateException("GreenMail standalone no arrancó; ver " + registro);
      }
      Thread.sleep(200);
    }
    return correo;
  }

  int puertoSmtp() {
    return smtp;
  }

  long pid() {
    return proceso.pid();
  }

  private boolean listo() {
    try {
      return pedir("GET", "/api/service/readiness").statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  /** Forgets every mailbox and message (between runs of a figure). */
  void vaciar() throws Exception {
    HttpResponse<String> r = pedir("POST", "/api/service/reset");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GreenMail no se vació: " + r.statusCode() + " " + r.body());
    }
  }

  /** Recipients that received at least one message since the last {@link #vaciar()}. */
  List<String> destinatarios() {
    HttpResponse<String> r;
    try {
      r = pedir("GET", "/api/user");
    } catch (Exception e) {
      throw new IllegalStateException("GreenMail no respondió", e);
    }
    List<String> logins = new ArrayList<>();
    Matcher m = LOGIN.matcher(r.body());
    while (m.find()) {
      logins.add(m.group(1));
    }
    return logins;
  }

  /**
   * Messages beyond the first of each of these recipients. The inboxes are asked 32 at a time: one
   * request after another waits on the API server's TCP acknowledgements (about 45 ms each here).
   */
  long duplicados(List<String> destinatarios) throws Exception {
    java.util.concurrent.Semaphore enCurso = new java.util.concurrent.Semaphore(32);
    List<java.util.concurrent.CompletableFuture<Long>> cuentas = new ArrayList<>();
    for (String d : destinatarios) {
      enCurso.acquire();
      HttpRequest pedido =
          HttpRequest.newBuilder(URI.create(api + "/api/user/" + d + "/messages/INBOX/"))
              .timeout(Duration.ofSeconds(60))
              .GET()
              .build();
      cuentas.add(
          http.sendAsync(pedido, HttpResponse.BodyHandlers.ofString())
              .thenApply(r -> Math.max(0, MENSAJE.matcher(r.body()).results().count() - 1))
              .whenComplete((r, e) -> enCurso.release()));
    }
    long duplicados = 0;
    for (var cuenta : cuentas) {
      duplicados += cuenta.get();
    }
    return duplicados;
  }

  private HttpResponse<String> pedir(String metodo, String ruta) throws Exception {
    HttpRequest pedido =
        HttpRequest.newBuilder(URI.create(api + ruta))
            .timeout(Duration.ofSeconds(60))
            .method(metodo, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(pedido, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    proceso.destroy();
    proceso.waitFor();
  }
}
