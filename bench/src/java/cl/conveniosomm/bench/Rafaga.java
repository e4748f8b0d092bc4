package cl.conveniosomm.bench;

import cl.conveniosomm.notificacion.correo.CorreoProperties;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.support.SemillaLaSerena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figure 3: {@code bench.recordatorios} (10,000) reminders due at the same instant, from the timer
 * to the message in the GreenMail of another process. Two baselines on the bare engine: as many
 * no-op timer jobs, and as many timers whose delegate renders and sends a comparable reminder
 * ({@link RecordatorioBase}). Runs no-op, mail, app, app, mail, no-op; each side's figure is the
 * mean of its two runs. Lateness counts from the moment the engine clock reaches the instant.
 */
final class Rafaga {

  static final String DELEGADO_CORREO = "recordatorioBase";
  private static final String NOOP = "noop-timer";
  private static final String CORREO = "correo-timer";
  private static final Date INSTANTE =
      Date.from(LocalDate.parse("2026-10-16").atTime(9, 0).atZone(Vida.SANTIAGO).toInstant());

  private Rafaga() {}

  /** The baselines' models: a timer at ${cuando}, then a no-op or the mail delegate. */
  static List<Path> modelos(Path carpeta) throws Exception {
    return List.of(
        modelo(carpeta, NOOP, "camunda:expression=\"${null}\""),
        modelo(carpeta, CORREO, "camunda:delegateExpression=\"${" + DELEGADO_CORREO + "}\""));
  }

  private static Path modelo(Path carpeta, String id, String tarea) throws Exception {
    Path archivo = carpeta.resolve(id + ".bpmn");
    Files.writeString(
        archivo,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_%1$s" targetNamespace="http://conveniosomm.cl/bench">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Timer" />
            <bpmn:intermediateCatchEvent id="Timer">
              <bpmn:timerEventDefinition>
                <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${cuando}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F2" sourceRef="Timer" targetRef="Tarea" />
            <bpmn:serviceTask id="Tarea" %2$s />
            <bpmn:sequenceFlow id="F3" sourceRef="Tarea" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(id, tarea));
    return archivo;
  }

  /**
   * One run: delivered (or done) per second, p95 lateness, all done, jobs done, jobs per second
   * (history), duplicates.
   */
  record Medida(
      double porSegundo,
      double p95Segundos,
      double totalSegundos,
      double jobsSegundos,
      double jobsPorSegundo,
      long duplicados) {

    static Medida media(Medida x, Medida y) {
      return new Medida(
          (x.porSegundo + y.porSegundo) / 2,
          (x.p95Segundos + y.p95Segundos) / 2,
          (x.totalSegundos + y.totalSegundos) / 2,
          (x.jobsSegundos + y.jobsSegundos) / 2,
          (x.jobsPorSegundo + y.jobsPorSegundo) / 2,
          x.duplicados + y.duplicados);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.1f/s, p95 %.1f s, todo en %.1f s, jobs en %.1f s (%.1f jobs/s), %d duplicados",
          porSegundo,
          p95Segundos,
          totalSegundos,
          jobsSegundos,
          jobsPorSegundo,
          duplicados);
    }
  }

  static List<Figura> medir(
      ApplicationContext app, ProcessEngine motorApp, ProcessEngine base, CorreoExterno correo)
      throws Exception {
    int n = Integer.getInteger("bench.recordatorios", 10_000);
    RecordatoriosApp recordatorios = new RecordatoriosApp(app, motorApp);
    List<Medida> noop = new ArrayList<>();
    List<Medida> mail = new ArrayList<>();
    List<Medida> deApp = new ArrayList<>();
    noop.add(base(base, correo, n, NOOP, 1));
    mail.add(base(base, correo, n, CORREO, 1));
    deApp.add(app(recordatorios, motorApp, correo, n, 1));
    deApp.add(app(recordatorios, motorApp, correo, n, 2));
    mail.add(base(base, correo, n, CORREO, 2));
    noop.add(base(base, correo, n, NOOP, 2));
    Medida a = Medida.media(deApp.get(0), deApp.get(1));
    Medida m = Medida.media(mail.get(0), mail.get(1));
    Medida b = Medida.media(noop.get(0), noop.get(1));
    long duplicados = a.duplicados + m.duplicados;
    String nota =
        String.format(
            Locale.ROOT,
            "%d timers al mismo instante, 6 corridas alternadas (no-op, correo, app,"
                + " app, correo, no-op), media de las dos de cada lado; SMTP: GreenMail standalone en otro proceso, contado"
                + " por su API (un buzón por destinatario); app: %s | %s; base con correo (delegate que renderiza con"
                + " Thymeleaf texto y HTML y envía con Jakarta Mail, una conexión por mensaje): %s | %s; base no-op: %s | %s;"
                + " duplicados: %d; envío de la app cada %d s (omm.mail.intervalo)",
            n,
            deApp.get(0),
            deApp.get(1),
            mail.get(0),
            mail.get(1),
            noop.get(0),
            noop.get(1),
            duplicados,
            app.getBean(CorreoProperties.class).intervalo().toSeconds());
    boolean cumple =
        a.porSegundo >= 2 * m.porSegundo && a.porSegundo >= 0.6 * b.porSegundo && duplicados == 0;
    return List.of(
        new Figura(
            "3a",
            "Ráfaga de " + n + " recordatorios: entregados por segundo (base: renderiza y envía)",
            "msg/s",
            a.porSegundo,
            m.porSegundo,
            "app >= 2 x base con correo, >= 0.6 x base no-op, 0 duplicados",
            cumple,
            nota),
        new Figura(
            "3n",
            "Ráfaga: entregados por segundo contra timers no-op",
            "msg/s",
            a.porSegundo,
            b.porSegundo,
            "(ver 3a)",
            a.porSegundo >= 0.6 * b.porSegundo,
            ""),
        new Figura(
            "3b",
            "Ráfaga: atraso p95 de la entrega (base: renderiza y envía)",
            "s",
            a.p95Segundos,
            m.p95Segundos,
            "(informativo)",
            true,
            ""),
        // the app runs no job per reminder: its rate is reminders written to the outbox per second
        new Figura(
            "3c",
            "Ráfaga: encolados por segundo (app: recordatorios en la outbox; base: jobs no-op)",
            "1/s",
            n / a.jobsSegundos,
            b.jobsPorSegundo,
            "(informativo)",
            true,
            String.format(
                Locale.ROOT,
                "app: los %d recordatorios quedaron en"
                    + " la outbox (claves plazo/) en %.1f s de media; el resto hasta %.1f s es el envío SMTP; base con correo:"
                    + " %.1f jobs/s",
                n,
                a.jobsSegundos,
                a.totalSegundos,
                m.jobsPorSegundo)));
  }

  /**
   * A baseline run: n timers of {@code modelo} due at the instant, done when none is left (and,
   * with mail, all delivered).
   */
  private static Medida base(
      ProcessEngine base, CorreoExterno correo, int n, String modelo, int corrida)
      throws Exception {
    correo.vaciar();
    SemillaLaSerena.el("2026-09-01");
    for (int i = 0; i < n; i++) {
      base.getRuntimeService()
          .startProcessInstanceByKey(
              modelo,
              "rafaga-" + corrida + "-" + i,
              Map.of(
                  "cuando",
                  INSTANTE,
                  "destinatario",
                  "persona" + i + "." + corrida + "@base.bench",
                  "obligacion",
                  "Informe semestral de prueba " + i,
                  "vence",
                  "2026-10-30"));
    }
    ManagementService jobs = base.getManagementService();
    LongSupplier pendientes = () -> jobs.createJobQuery().processDefinitionKey(modelo).count();
    LongSupplier hechos =
        modelo.equals(NOOP)
            ? () -> n - pendientes.getAsLong()
            : () -> correo.destinatarios().size();
    Medida r = correr(base, INSTANTE, n, hechos, pendientes, correo, modelo.equals(CORREO));
    Bench.log("figura 3 base " + modelo + " (" + corrida + "): " + r);
    return r;
  }

  private static Medida app(
      RecordatoriosApp recordatorios,
      ProcessEngine motorApp,
      CorreoExterno correo,
      int n,
      int corrida)
      throws Exception {
    correo.vaciar();
    long antes = recordatorios.encolados();
    Date instante = recordatorios.vencer(n, "r" + corrida);
    Medida r =
        correr(
            motorApp,
            instante,
            n,
            () -> correo.destinatarios().size(),
            () -> n - (recordatorios.encolados() - antes),
            correo,
            true);
    recordatorios.dormir();
    Bench.log("figura 3 app (" + corrida + "): " + r);
    return r;
  }

  /**
   * The app's reminder mechanism: each deadline's row carries its next reminder, which the app's
   * scheduler ({@code ProgramadorRecordatorios}, polling every {@code omm.recordatorios.intervalo})
   * queues when due. Makes n reminders due at one instant, counts what is queued in the outbox, and
   * puts a run's deadlines to sleep after it.
   */
  static final class RecordatoriosApp {

    private final PlazoService plazos;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    RecordatoriosApp(ApplicationContext app, ProcessEngine engine) {
      this.plazos = app.getBean(PlazoService.class);
      this.tx = app.getBean(TransactionTemplate.class);
      this.jdbc = app.getBean(JdbcTemplate.class);
    }

    /**
     * n deadlines of one recipient each, due the same day: returns the instant their first
     * reminders fall due.
     */
    Date vencer(int n, String serie) {
      // what earlier figures left unsent is not this figure's work
      jdbc.update(
          "UPDATE omm_mensaje SET estado = 'ENVIADO', enviado_en = now() WHERE estado = 'PENDIENTE'");
      // nor are the reminders of earlier figures' deadlines
      jdbc.update(
          "UPDATE omm_plazo SET proximo_recordatorio = NULL WHERE proximo_recordatorio IS NOT NULL");
      SemillaLaSerena.el("2026-09-01");
      long creando = System.nanoTime();
      for (int lote = 0; lote < n; lote += 100) {
        int desde = lote;
        tx.executeWithoutResult(
            status -> {
              for (int i = desde; i < Math.min(n, desde + 100); i++) {
                plazos.abrir(
                    new NuevoPlazo(
                        "rafaga-" + (i % 1000),
                        "rafaga-" + serie + "-" + i,
                        "Obligación de prueba " + i,
                        "04101",
                        "La Serena",
                        LocalDate.parse("2026-10-30"),
                        List.of("persona" + i + "." + serie + "@rafaga.bench"),
                        List.of(),
                        List.of(),
                        "http://localhost:8080/camunda/app/tasklist/"));
              }
            });
      }
      java.sql.Timestamp primero =
          jdbc.queryForObject(
              "SELECT MIN(proximo_recordatorio) FROM omm_plazo " + "WHERE obligacion LIKE ?",
              java.sql.Timestamp.class,
              "rafaga-" + serie + "-%");
      long alMismoInstante =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM omm_plazo WHERE obligacion LIKE ? "
                  + "AND proximo_recordatorio = ?",
              Long.class,
              "rafaga-" + serie + "-%",
              primero);
      Bench.log(
          String.format(
              Locale.ROOT,
              "figura 3: %d plazos creados en %.0f s, %d recordatorios al mismo instante (%s)",
              n,
              (System.nanoTime() - creando) / 1e9,
              alMismoInstante,
              primero.toInstant()));
      return new Date(primero.getTime());
    }

    /** Reminders written to the outbox so far (keys plazo/...). */
    long encolados() {
      return jdbc.queryForObject(
          "SELECT count(*) FROM omm_mensaje WHERE clave LIKE 'plazo/%'", Long.class);
    }

    /** The run's deadlines sleep: their later reminders never fall due in the next run. */
    void dormir() {
      jdbc.update(
          "UPDATE omm_plazo SET proximo_recordatorio = NULL WHERE obligacion LIKE 'rafaga-%'");
    }
  }

  /**
   * Moves the clock to the instant, starts the job executor and waits until {@code hechos} reaches
   * n (polled every 200 ms); {@code pendientes} is what is left of the jobs' part.
   */
  private static Medida correr(
      ProcessEngine engine,
      Date instante,
      int n,
      LongSupplier hechos,
      LongSupplier pendientes,
      CorreoExterno correo,
      boolean contarDuplicados)
      throws Exception {
    var executor = AplicacionBench.jobExecutor(engine);
    long jobsAntes = engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
    long t0 = System.nanoTime();
    ClockUtil.setCurrentTime(instante);
    executor.start();
    double p95 = Double.NaN;
    double jobs = Double.NaN;
    long limite = t0 + 600_000_000_000L;
    long hecho;
    int vueltas = 0;
    try {
      while ((hecho = hechos.getAsLong()) < n && System.nanoTime() < limite) {
        if (Double.isNaN(p95) && hecho >= Math.ceil(n * 0.95)) {
          p95 = (System.nanoTime() - t0) / 1e9;
        }
        if (Double.isNaN(jobs) && pendientes.getAsLong() <= 0) {
          jobs = (System.nanoTime() - t0) / 1e9;
        }
        Thread.sleep(200);
        if (Boolean.getBoolean("bench.progreso") && ++vueltas % 10 == 0) {
          Bench.log("ráfaga: " + hecho + " hechos, " + pendientes.getAsLong() + " jobs pendientes");
        }
      }
    } finally {
      executor.shutdown();
    }
    double total = (System.nanoTime() - t0) / 1e9;
    if (hecho < n) {
      throw new IllegalStateException("Sólo " + hecho + " de " + n + " en 10 minutos");
    }
    if (Double.isNaN(jobs) && pendientes.getAsLong() <= 0) {
      jobs = total;
    }
    long jobsHechos =
        engine.getHistoryService().createHistoricJobLogQuery().successLog().count() - jobsAntes;
    long duplicados = contarDuplicados ? correo.duplicados(correo.destinatarios()) : 0;
    return new Medida(
        n / total, Double.isNaN(p95) ? total : p95, total, jobs, jobsHechos / jobs, duplicados);
  }
}
