package cl.conveniosomm.bench;

import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.notificacion.correo.CorreoProperties;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.support.SemillaLaSerena;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figure 3: 10,000 reminders due at the same instant, from the timer to the message in GreenMail,
 * against 10,000 no-op timer jobs on the bare engine. Lateness counts from the moment the engine
 * clock reaches the instant they are due.
 */
final class Rafaga {

  private Rafaga() {
  }

  static Path modeloNoop(Path carpeta) throws Exception {
    Path archivo = carpeta.resolve("noop-timer.bpmn");
    Files.writeString(archivo, """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Noop" targetNamespace="http://conveniosomm.cl/bench">
          <bpmn:process id="noop-timer" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Timer" />
            <bpmn:intermediateCatchEvent id="Timer">
              <bpmn:timerEventDefinition>
                <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${cuando}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F2" sourceRef="Timer" targetRef="Noop" />
            <bpmn:serviceTask id="Noop" camunda:expression="${null}" />
            <bpmn:sequenceFlow id="F3" sourceRef="Noop" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """);
    return archivo;
  }

  record Medida(double porSegundo, double p95Segundos, double totalSegundos, double jobsSegundos) {
  }

  static List<Figura> medir(ApplicationContext app, ProcessEngine motorApp, ProcessEngine base, GreenMail correo)
      throws Exception {
    // 10,000 as the issue asks; with each batch sent over one SMTP connection it fits the 15-minute budget here
    int n = Integer.getInteger("bench.recordatorios", 10_000);
    SemillaLaSerena.el("2026-09-01");
    // baseline: n no-op timers due at one instant
    Date cuando = Date.from(LocalDate.parse("2026-10-16").atTime(9, 0).atZone(Vida.SANTIAGO).toInstant());
    for (int i = 0; i < n; i++) {
      base.getRuntimeService().startProcessInstanceByKey("noop-timer", Map.of("cuando", cuando));
    }
    JobExecutor ejecutorBase = AplicacionBench.jobExecutor(base);
    Medida b = correr(cuando, ejecutorBase, n,
        () -> n - base.getManagementService().createJobQuery().processDefinitionKey("noop-timer").count(), null, null, null);
    Bench.log("figura 3 base: " + b);

    // app: n deadlines of one task each, one recipient each, due the same day: n first reminders at one instant
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    jdbc.update("UPDATE omm_mensaje SET estado = 'ENVIADO', enviado_en = now() WHERE estado = 'PENDIENTE'");
    PlazoService plazos = app.getBean(PlazoService.class);
    TransactionTemplate tx = app.getBean(TransactionTemplate.class);
    SemillaLaSerena.el("2026-09-01");
    long creando = System.nanoTime();
    for (int lote = 0; lote < n; lote += 100) {
      int desde = lote;
      tx.executeWithoutResult(status -> {
        for (int i = desde; i < Math.min(n, desde + 100); i++) {
          plazos.abrir(new NuevoPlazo("rafaga-" + (i % 1000), "rafaga-" + i, "Obligación de prueba " + i, "04101",
              "La Serena", LocalDate.parse("2026-10-30"), List.of("persona" + i + "@rafaga.bench"), List.of(), List.of(),
              "http://localhost:8080/camunda/app/tasklist/"));
        }
      });
    }
    Bench.log(String.format(Locale.ROOT, "figura 3: %d plazos creados en %.0f s", n, (System.nanoTime() - creando) / 1e9));
    Date primero = motorApp.getManagementService().createJobQuery().processDefinitionKey("plazo-recordatorios")
        .timers().orderByJobDuedate().asc().listPage(0, 1).get(0).getDuedate();
    long alMismoInstante = motorApp.getManagementService().createJobQuery().processDefinitionKey("plazo-recordatorios")
        .timers().duedateLowerThan(new Date(primero.getTime() + 1)).count();
    correo.purgeEmailFromAllMailboxes();
    OutboxSender sender = app.getBean(OutboxSender.class);
    CorreoProperties propiedades = app.getBean(CorreoProperties.class);
    Medida a = correr(primero, AplicacionBench.jobExecutor(motorApp), n, () -> correo.getReceivedMessages().length,
        () -> {
          while (!Thread.currentThread().isInterrupted()) {
            sender.enviarPendientes();
            try {
              Thread.sleep(propiedades.intervalo().toMillis());
            } catch (InterruptedException e) {
              return;
            }
          }
        }, () -> jdbc.queryForList("SELECT estado, count(*) n FROM omm_mensaje WHERE clave LIKE 'plazo/%' AND creado_en > now() - interval '1 hour' GROUP BY estado").toString()
            + " jobs " + motorApp.getManagementService().createJobQuery().processDefinitionKey("plazo-recordatorios").executable().count(),
        () -> motorApp.getManagementService().createJobQuery().processDefinitionKey("plazo-recordatorios").executable().count());
    Bench.log("figura 3 app: " + a);
    Map<String, Integer> porDestinatario = new HashMap<>();
    for (MimeMessage m : correo.getReceivedMessages()) {
      porDestinatario.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
    }
    long duplicados = porDestinatario.values().stream().mapToInt(v -> v - 1).sum();
    String nota = String.format(Locale.ROOT, "%d timers al mismo instante (%s); %d correos en GreenMail, %d destinatarios,"
            + " %d duplicados; app: todo en %.1f s; base: todo en %.1f s; envío cada %d s (omm.mail.intervalo)",
        alMismoInstante, primero.toInstant(), correo.getReceivedMessages().length, porDestinatario.size(), duplicados,
        a.totalSegundos, b.totalSegundos, propiedades.intervalo().toSeconds());
    return List.of(
        new Figura("3a", "Ráfaga de " + n + " recordatorios: entregados por segundo", "msg/s", a.porSegundo, b.porSegundo,
            "app >= 0.8 x base, 0 duplicados", a.porSegundo / b.porSegundo >= 0.8 && duplicados == 0, nota),
        new Figura("3b", "Ráfaga: atraso p95 de la entrega", "s", a.p95Segundos, b.p95Segundos, "(informativo)", true, ""),
        new Figura("3c", "Ráfaga: recordatorios encolados por segundo (jobs)", "jobs/s", n / a.jobsSegundos,
            b.porSegundo, "(informativo)", true, String.format(Locale.ROOT, "app: los %d jobs de recordatorio"
                + " terminaron (correo escrito en la outbox) en %.1f s; el resto hasta %.1f s es el envío SMTP", n,
                a.jobsSegundos, a.totalSegundos)));
  }

  /** Moves the clock to the instant, starts the job executor and waits until {@code hechos} reaches n. */
  private static Medida correr(Date instante, JobExecutor executor, int n, LongSupplier hechos, Runnable ademas,
      java.util.function.Supplier<String> progreso, LongSupplier pendientes) throws InterruptedException {
    Thread otro = ademas == null ? null : new Thread(ademas, "bench-envio");
    long t0 = System.nanoTime();
    ClockUtil.setCurrentTime(instante);
    executor.start();
    if (otro != null) {
      otro.start();
    }
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
        if (Double.isNaN(jobs) && pendientes != null && pendientes.getAsLong() == 0) {
          jobs = (System.nanoTime() - t0) / 1e9;
        }
        Thread.sleep(50);
        if (Boolean.getBoolean("bench.progreso") && ++vueltas % 40 == 0) {
          Bench.log("ráfaga: " + hecho + (progreso == null ? "" : " " + progreso.get()));
        }
      }
    } finally {
      executor.shutdown();
      if (otro != null) {
        otro.interrupt();
        otro.join();
      }
    }
    double total = (System.nanoTime() - t0) / 1e9;
    if (hecho < n) {
      throw new IllegalStateException("Sólo " + hecho + " de " + n + " en 10 minutos");
    }
    return new Medida(n / total, Double.isNaN(p95) ? total : p95, total, Double.isNaN(jobs) ? total : jobs);
  }
}
