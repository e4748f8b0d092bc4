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
import java.util.Locale;

/**
 * Figure 5: from {@code java} to Tasklist's page served (HTTP 200), and the resident memory a few
 * seconds later, for the app (demo profile on PostgreSQL, no demo convenios) and for a bare Spring
 * Boot + Camunda webapp of the same versions (bench/bare), each in its own JVM with the same flags,
 * on its own fresh database. Best of two starts each, alternated.
 */
final class Arranque {

  private Arranque() {}

  record Medida(double segundos, double rssMiB) {}

  static List<Figura> medir(Path raiz, BaseDeDatos pg) throws Exception {
    String cpApp =
        raiz.resolve("target/classes")
            + ":"
            + Files.readString(raiz.resolve("target/app.classpath")).trim();
    String cpBase =
        raiz.resolve("bench/bare/target/classes")
            + ":"
            + Files.readString(raiz.resolve("bench/bare/target/bare.classpath")).trim();
    Medida app = null;
    Medida base = null;
    for (int vez = 1; vez <= 2; vez++) {
      Medida b =
          arrancar(raiz, cpBase, "bare.BareApp", pg.crear("arranque_base_" + vez), List.of());
      Bench.log("figura 5 base: " + b);
      Medida a =
          arrancar(
              raiz,
              cpApp,
              "cl.conveniosomm.ConveniosOmmApplication",
              pg.crear("arranque_app_" + vez),
              List.of(
                  "--spring.profiles.active=demo",
                  "--omm.demo.convenios=false",
                  "--omm.mail.directorio=" + raiz.resolve("target/bench-mail")));
      Bench.log("figura 5 app: " + a);
      base = base == null || b.segundos < base.segundos ? b : base;
      app = app == null || a.segundos < app.segundos ? a : app;
    }
    String nota =
        String.format(
            Locale.ROOT,
            "mejor de 2 arranques alternados; JVM sin opciones (como `java -jar`),"
                + " RSS de /proc/<pid>/status 5 s después de servir Tasklist; app: perfil demo en PostgreSQL sin convenios"
                + " de demostración; base: bench/bare (starter webapp + JDBC + PostgreSQL); diferencia %.1f s",
            app.segundos - base.segundos);
    return List.of(
        new Figura(
            "5a",
            "Arranque hasta servir Tasklist",
            "s",
            app.segundos,
            base.segundos,
            "app <= base + 3 s",
            app.segundos <= base.segundos + 3,
            nota),
        new Figura(
            "5b",
            "Memoria residente tras el arranque",
            "MiB",
            app.rssMiB,
            base.rssMiB,
            "app <= 1.3 x base",
            app.rssMiB <= 1.3 * base.rssMiB,
            ""));
  }

  private static Medida arrancar(
      Path raiz, String classpath, String main, String url, List<String> extra) throws Exception {
    int puerto = Bench.puertoLibre();
    List<String> comando =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                main,
                "--server.port=" + puerto,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"));
    comando.addAll(extra);
    Path log = raiz.resolve("target/bench-arranque-" + main.replaceAll("\\W", "") + ".log");
    long t0 = System.nanoTime();
    Process proceso =
        new ProcessBuilder(comando).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(1))
              .build();
      HttpRequest pedido =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + puerto + "/camunda/app/tasklist/"))
              .timeout(Duration.ofSeconds(5))
              .build();
      double segundos = -1;
      while (segundos < 0) {
        if (!proceso.isAlive()) {
          throw new IllegalStateException(main + " terminó al arrancar; ver " + log);
        }
        if ((System.nanoTime() - t0) > 180_000_000_000L) {
          throw new IllegalStateException(main + " no sirvió Tasklist en 3 minutos; ver " + log);
        }
        try {
          HttpResponse<String> respuesta = http.send(pedido, HttpResponse.BodyHandlers.ofString());
          if (respuesta.statusCode() == 200 && respuesta.body().contains("<html")) {
            segundos = (System.nanoTime() - t0) / 1e9;
          }
        } catch (java.io.IOException e) {
          // not listening yet
        }
        if (segundos < 0) {
          Thread.sleep(50);
        }
      }
      Thread.sleep(5000);
      double rss =
          Files.readAllLines(Path.of("/proc/" + proceso.pid() + "/status")).stream()
                  .filter(l -> l.startsWith("VmRSS:"))
                  .map(l -> l.replaceAll("\\D", ""))
                  .mapToDouble(Double::parseDouble)
                  .findFirst()
                  .orElseThrow()
              / 1024.0;
      return new Medida(segundos, rss);
    } finally {
      proceso.destroy();
      if (!proceso.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        proceso.destroyForcibly().waitFor();
      }
    }
  }
}
