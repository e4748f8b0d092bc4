package cl.conveniosomm.garantias.caida;

import static org.awaitility.Awaitility.await;

import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.TestMailServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The application as its own operating-system process (a second JVM on the test classpath), in the
 * demo profile, on a given PostgreSQL database and the test SMTP server, with its job executor and
 * mail sender running. It can be killed with SIGKILL, as a crash or an OOM killer would.
 */
final class NodoExterno implements AutoCloseable {

  private final String nombre;
  private final Process proceso;
  private final int puerto;
  private final Path log;

  private NodoExterno(String nombre, Process proceso, int puerto, Path log) {
    this.nombre = nombre;
    this.proceso = proceso;
    this.puerto = puerto;
    this.log = log;
  }

  static NodoExterno iniciar(String nombre, String jdbcUrl, Map<String, String> propiedades) {
    int puerto = puertoLibre();
    List<String> comando =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath(),
                "cl.conveniosomm.ConveniosOmmApplication",
                "--spring.profiles.active=demo",
                "--server.port=" + puerto,
                "--server.shutdown=immediate",
                "--omm.demo.convenios=false",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--omm.mail.transport=smtp",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--omm.mail.intervalo=100ms"));
    propiedades.forEach((clave, valor) -> comando.add("--" + clave + "=" + valor));
    Path log = Path.of("target", "nodo-" + nombre + ".log");
    try {
      Process proceso =
          new ProcessBuilder(comando)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new NodoExterno(nombre, proceso, puerto, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node answers ready (database and engine up, models deployed). */
  NodoExterno esperarListo(Duration limite) {
    try {
      await("el nodo " + nombre + " listo")
          .atMost(limite)
          .pollInterval(Duration.ofMillis(500))
          .failFast("el nodo " + nombre + " terminó al iniciar", () -> !proceso.isAlive())
          .until(
              () -> {
                try {
                  return http().get("/actuator/health/readiness").statusCode() == 200;
                } catch (UncheckedIOException notYet) {
                  return false;
                }
              });
      return this;
    } catch (org.awaitility.core.ConditionTimeoutException
        | org.awaitility.core.TerminalFailureException e) {
      throw new IllegalStateException(e.getMessage() + ":\n" + finDelLog(), e);
    }
  }

  HttpClientSupport http() {
    return new HttpClientSupport("http://localhost:" + puerto);
  }

  /** SIGKILL: no shutdown hook, no graceful stop, transactions cut wherever they are. */
  void matar() throws InterruptedException {
    proceso.destroyForcibly();
    proceso.waitFor();
  }

  String finDelLog() {
    try {
      List<String> lineas = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lineas.subList(Math.max(0, lineas.size() - 40), lineas.size()));
    } catch (IOException e) {
      return "(sin log: " + e.getMessage() + ")";
    }
  }

  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (proceso.isAlive()) {
      proceso.destroyForcibly();
      proceso.waitFor();
    }
  }

  /**
   * The test JVM's classpath, each entry once. Surefire may start its JVM with a manifest-only jar
   * that names the real entries; given as is, some folders would be on the path twice and the
   * application would find its models twice.
   */
  private static String classpath() {
    Set<String> entradas = new LinkedHashSet<>();
    for (String entrada : System.getProperty("java.class.path").split(File.pathSeparator)) {
      List<String> delManifiesto = manifiesto(entrada);
      entradas.addAll(delManifiesto.isEmpty() ? List.of(entrada) : delManifiesto);
    }
    return String.join(File.pathSeparator, entradas);
  }

  private static List<String> manifiesto(String entrada) {
    if (!entrada.endsWith(".jar") || !new File(entrada).isFile()) {
      return List.of();
    }
    try (JarFile jar = new JarFile(entrada)) {
      Manifest manifest = jar.getManifest();
      String classPath =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null || !jar.getName().contains("surefire")) {
        return List.of();
      }
      List<String> rutas = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        rutas.add(
            Path.of(
                    URI.create(url).isAbsolute()
                        ? URI.create(url)
                        : new File(entrada).getParentFile().toURI().resolve(url))
                .toString());
      }
      return rutas;
    } catch (IOException e) {
      return List.of();
    }
  }

  private static int puertoLibre() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
