package cl.conveniosomm.bench;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark: every figure for the app and for its baseline, in one run, on one embedded
 * PostgreSQL. Prints a table and writes bench/results/latest.json. Arguments: the figures to run
 * (1..5, default all).
 */
public final class Bench {

  private static final List<Figura> FIGURAS = new ArrayList<>();
  private static final long INICIO = System.nanoTime();

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Set<String> elegidas = args.length == 0 ? Set.of("1", "2", "3", "4", "5") : Set.of(args);
    Path raiz = Path.of(System.getProperty("bench.raiz", ".")).toAbsolutePath().normalize();
    List<Comuna> todas = new CatalogoComunas().todas();
    log("máquina: " + Maquina.describir());
    try (BaseDeDatos pg = new BaseDeDatos()) {
      Files.createDirectories(raiz.resolve("target"));
      CorreoExterno correo = CorreoExterno.iniciar(raiz.resolve("target/greenmail.log"));
      log(
          "GreenMail standalone en otro proceso (pid "
              + correo.pid()
              + "), SMTP en el puerto "
              + correo.puertoSmtp());
      List<Path> modelos =
          MotorBase.escribirModelos(raiz.resolve("processes"), raiz.resolve("bench/models"));
      List<Path> todos = new ArrayList<>(modelos);
      todos.addAll(Rafaga.modelos(raiz.resolve("bench/models")));
      ProcessEngine base =
          MotorBase.iniciar(
              pg.crear("baseline"),
              todos,
              Map.of(Rafaga.DELEGADO_CORREO, new RecordatorioBase(correo.puertoSmtp())));
      ProcessEngine baseSegura =
          elegidas.contains("1")
              ? MotorBase.iniciarSegura(pg.crear("baseline_segura"), modelos)
              : null;
      log("motor base listo");
      ConfigurableApplicationContext app =
          AplicacionBench.iniciar(pg.crear("app"), correo.puertoSmtp());
      ProcessEngine motorApp = app.getBean(ProcessEngine.class);
      AplicacionBench.jobExecutor(motorApp).shutdown();
      // every municipality onboarded as in production: its tenant, seen by its regional office and
      // the national one
      var incorporacion = app.getBean(cl.conveniosomm.municipio.IncorporacionMunicipios.class);
      todas.forEach(
          c ->
              incorporacion.incorporar(
                  new cl.conveniosomm.municipio.SolicitudIncorporacion(c.codigo(), List.of())));
      Personal personal = Personal.incorporar(app, motorApp, todas);
      log(
          "aplicación lista, "
              + todas.size()
              + " municipios incorporados, "
              + personal.cuantas()
              + " personas que trabajan sus tareas (una por rol y comuna, una analista regional por región)");
      // -Dbench.app.sql="CREATE INDEX ..." tries an index before writing its migration
      String sql = System.getProperty("bench.app.sql", "");
      if (!sql.isBlank()) {
        app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).execute(sql);
        log("SQL de prueba aplicado: " + sql);
      }
      try {
        if (elegidas.contains("1")) {
          figura1(app, personal, motorApp, base, baseSegura, todas, pg);
          diagnostico(pg);
        }
        if (elegidas.contains("2")) {
          FIGURAS.addAll(Nacional.medir(app, personal, motorApp, base, todas));
          log("figura 2 lista");
          diagnostico(pg);
        }
        if (elegidas.contains("3")) {
          FIGURAS.addAll(Rafaga.medir(app, motorApp, base, correo));
          log("figura 3 lista");
          diagnostico(pg);
        }
        if (elegidas.contains("4")) {
          FIGURAS.addAll(Tasklist.medir(app, personal, motorApp, todas));
          log("figura 4 lista");
          diagnostico(pg);
        }
      } finally {
        app.close();
        base.close();
        if (baseSegura != null) {
          baseSegura.close();
        }
        correo.close();
      }
      if (elegidas.contains("5")) {
        FIGURAS.addAll(Arranque.medir(raiz, pg));
        log("figura 5 lista");
      }
    }
    imprimir(raiz);
  }

  private static void figura1(
      ConfigurableApplicationContext app,
      Personal personal,
      ProcessEngine motorApp,
      ProcessEngine base,
      ProcessEngine baseSegura,
      List<Comuna> comunas,
      BaseDeDatos pg)
      throws Exception {
    int n = Integer.getInteger("bench.ciclos", 30);
    List<Vida> lados =
        List.of(
            new Vida(motorApp, Ciclos.app(app, personal)),
            new Vida(base, Ciclos.base(base)),
            new Vida(baseSegura, Ciclos.baseSegura(baseSegura)));
    // warm-up: JIT, caches, every side
    Ciclos.alternar(lados, comunas, 0, 5, "w");
    List<String> bases = List.of("app", "baseline", "baseline_segura");
    for (String db : bases) {
      pg.reiniciar(db);
    }
    Ciclos.Medida[] r = Ciclos.alternar(lados, comunas, 5, n, "m");
    long sqlApp = pg.sentencias("app") / n;
    long sqlBase = pg.sentencias("baseline") / n;
    long sqlSegura = pg.sentencias("baseline_segura") / n;
    String nota =
        String.format(
            Locale.ROOT,
            "%d ciclos por lado, alternados uno a uno; sentencias SQL por ciclo de vida:"
                + " app %d, base %d (%.2f x), base con seguridad %d; CPU del hilo que los recorre por ciclo: app %.0f ms,"
                + " base %.0f ms, base con seguridad %.0f ms",
            n,
            sqlApp,
            sqlBase,
            (double) sqlApp / sqlBase,
            sqlSegura,
            r[0].cpuMs(),
            r[1].cpuMs(),
            r[2].cpuMs());
    FIGURAS.add(
        new Figura(
            "1",
            "Ciclos de vida completos (23 tareas cada uno)",
            "ciclos/s",
            r[0].porSegundo(),
            r[1].porSegundo(),
            "app >= 0.85 x base",
            r[0].porSegundo() / r[1].porSegundo() >= 0.85,
            nota));
    String notaSegura =
        String.format(
            Locale.ROOT,
            "el mismo motor desnudo con su propia seguridad encendida (autorizaciones,"
                + " los permisos que escribe por candidato y asignado, un tenant por comuna) y cada tarea tomada y enviada por una"
                + " persona autenticada de su grupo y comuna: %.2f ciclos/s contra %.2f sin ella; el piso que paga toda app segura",
            r[2].porSegundo(),
            r[1].porSegundo());
    FIGURAS.add(
        new Figura(
            "1s",
            "Ciclos de vida: motor desnudo con seguridad contra sin ella",
            "ciclos/s",
            r[2].porSegundo(),
            r[1].porSegundo(),
            "(informativo)",
            true,
            notaSegura));
    FIGURAS.add(
        new Figura(
            "1a",
            "Ciclos de vida: app contra motor desnudo con seguridad",
            "ciclos/s",
            r[0].porSegundo(),
            r[2].porSegundo(),
            "(informativo)",
            true,
            "lo que cuesta la app misma, sobre el piso de 1s"));
    log(
        String.format(
            Locale.ROOT,
            "figura 1: app %.2f/s, base %.2f/s, base con seguridad %.2f/s; %s",
            r[0].porSegundo(),
            r[1].porSegundo(),
            r[2].porSegundo(),
            nota));
  }

  private static void diagnostico(BaseDeDatos pg) throws Exception {
    String app = pg.masLentas("app", Integer.getInteger("bench.lentas.n", 12));
    if (!app.isEmpty()) {
      log(
          "SQL de la app que más tiempo tomó:\n"
              + app
              + "SQL del motor base:\n"
              + pg.masLentas("baseline", Integer.getInteger("bench.lentas.n", 10)));
    }
  }

  static void log(String texto) {
    System.out.printf(
        Locale.ROOT, "[bench %6.1f s] %s%n", (System.nanoTime() - INICIO) / 1e9, texto);
  }

  private static void imprimir(Path raiz) throws Exception {
    StringBuilder t = new StringBuilder();
    t.append(
        String.format(
            Locale.ROOT,
            "%n| # | figura | unidad | app | base | app/base | objetivo | cumple |%n"));
    t.append("| --- | --- | --- | ---: | ---: | ---: | --- | --- |\n");
    for (Figura f : FIGURAS) {
      t.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %.2f | %s | %s |%n",
              f.id(),
              f.nombre(),
              f.unidad(),
              num(f.app()),
              num(f.base()),
              f.razon(),
              f.objetivo(),
              f.cumple() ? "sí" : "no"));
    }
    for (Figura f : FIGURAS) {
      if (!f.nota().isEmpty()) {
        t.append("\n- ")
            .append(f.id())
            .append(" ")
            .append(f.nombre())
            .append(": ")
            .append(f.nota());
      }
    }
    t.append(
        String.format(
            Locale.ROOT,
            "%n%nTotal: %.0f s. Máquina: %s%n",
            (System.nanoTime() - INICIO) / 1e9,
            Maquina.describir()));
    System.out.println(t);
    String json =
        "{\"maquina\":\""
            + Maquina.describir().replace("\"", "'")
            + "\",\"segundos\":"
            + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - INICIO) / 1e9)
            + ",\"figuras\":[\n"
            + FIGURAS.stream().map(Figura::json).collect(Collectors.joining(",\n"))
            + "\n]}\n";
    Path resultados = raiz.resolve("bench/results");
    Files.createDirectories(resultados);
    Files.writeString(resultados.resolve("latest.json"), json, StandardCharsets.UTF_8);
    Files.writeString(resultados.resolve("latest.md"), t.toString(), StandardCharsets.UTF_8);
    System.out.println(json);
  }

  static String num(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  static int puertoLibre() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
