package cl.conveniosomm.plazo.recordatorio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import cl.conveniosomm.support.DemoApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduler over {@code omm_plazo} as nodes run it: a deadline that cannot be queued does not
 * hold back the others in its batch and stays, with its error, for a later retry; two nodes polling
 * at once queue each reminder once.
 */
class ProgramadorRecordatoriosTest extends DemoApplicationTest {

  private static final LocalDate VENCE = LocalDate.of(2027, 3, 10);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired PlazoService plazoService;
  @Autowired PlazoRepository plazoRepository;
  @Autowired ProgramadorRecordatorios programador;
  @Autowired OutboxRepository outbox;
  @Autowired JdbcTemplate jdbc;

  @Autowired OutboxSender sender;

  /**
   * What the scheduler queued here, other classes' deadlines among them, is delivered before the
   * next test.
   */
  @AfterEach
  void resetClockAndDeliver() {
    ClockUtil.reset();
    sender.enviarPendientes();
  }

  @Test
  void aReminderThatCannotBeQueuedKeepsItsStepAndErrorWhileTheRestOfItsBatchGoesOut()
      throws Exception {
    ClockUtil.setCurrentTime(
        Date.from(
            VENCE.minusDays(30).atStartOfDay(java.time.ZoneId.of("America/Santiago")).toInstant()));
    Plazo sano = abrir("sano@laserena.cl");
    Plazo roto = abrir("roto@laserena.cl");
    // an address longer than the outbox column: the insert fails inside the batch's transaction
    jdbc.update(
        "UPDATE omm_plazo SET responsables = ? WHERE id = ?",
        "x".repeat(330) + "@laserena.cl",
        roto.id());
    ClockUtil.setCurrentTime(Date.from(sano.proximoRecordatorio().cuando()));

    programador.enviarVencidos();

    assertThat(outbox.findByConvenio(sano.convenioId())).hasSize(1);
    assertThat(plazoRepository.findById(sano.id()).orElseThrow().proximoRecordatorio().numero())
        .isEqualTo(2);
    assertThat(outbox.findByConvenio(roto.convenioId())).as("nothing half-queued").isEmpty();
    ProximoRecordatorio pendiente =
        plazoRepository.findById(roto.id()).orElseThrow().proximoRecordatorio();
    assertThat(pendiente.numero()).as("the same step waits").isEqualTo(1);
    assertThat(pendiente.intentos()).isEqualTo(1);
    assertThat(pendiente.error()).isNotBlank();
    assertThat(Duration.between(sano.proximoRecordatorio().cuando(), pendiente.cuando()))
        .isEqualTo(Duration.ofMinutes(1));

    HttpResponse<String> fallidos =
        http().getAs("admin", "demo", "/api/operacion/recordatorios/con-error");
    assertThat(fallidos.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(fallidos.body()).findValuesAsText("plazoId")).contains(roto.id());
    JsonNode resumen =
        JSON.readTree(http().getAs("admin", "demo", "/api/operacion/recordatorios/resumen").body());
    assertThat(resumen.path("conError").asInt()).isPositive();
    assertThat(resumen.path("programados").asInt())
        .isGreaterThanOrEqualTo(resumen.path("conError").asInt());
    assertThat(
            http().getAs("dideco", "demo", "/api/operacion/recordatorios/con-error").statusCode())
        .isEqualTo(403);

    jdbc.update("UPDATE omm_plazo SET responsables = 'roto@laserena.cl' WHERE id = ?", roto.id());
    ClockUtil.setCurrentTime(Date.from(pendiente.cuando()));
    programador.enviarVencidos();
    assertThat(outbox.findByConvenio(roto.convenioId())).as("queued on the retry").hasSize(1);
    assertThat(plazoRepository.findById(roto.id()).orElseThrow().proximoRecordatorio().error())
        .isNull();
  }

  @Test
  void twoNodesPollingAtOnceQueueEachReminderOnce() throws Exception {
    ClockUtil.setCurrentTime(
        Date.from(
            VENCE.minusDays(30).atStartOfDay(java.time.ZoneId.of("America/Santiago")).toInstant()));
    List<Plazo> plazos = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      plazos.add(abrir("persona" + i + "@laserena.cl"));
    }
    ClockUtil.setCurrentTime(Date.from(plazos.get(0).proximoRecordatorio().cuando()));

    CountDownLatch salida = new CountDownLatch(1);
    List<CompletableFuture<Integer>> nodos =
        List.of(1, 2).stream()
            .map(
                n ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            salida.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return programador.enviarVencidos();
                        }))
            .toList();
    salida.countDown();
    List<Integer> porNodo = nodos.stream().map(CompletableFuture::join).toList();

    assertThat(porNodo)
        .as("both nodes took part")
        .allSatisfy(enviados -> assertThat(enviados).isPositive());
    for (Plazo plazo : plazos) {
      assertThat(outbox.findByConvenio(plazo.convenioId())).as(plazo.convenioId()).hasSize(1);
      Plazo despues = plazoRepository.findById(plazo.id()).orElseThrow();
      assertThat(despues.proximoRecordatorio().numero()).isEqualTo(2);
      assertThat(despues.proximoRecordatorio().error()).isNull();
    }
  }

  private Plazo abrir(String responsable) {
    return plazoService.abrir(
        new NuevoPlazo(
            "04101-prog-" + UUID.randomUUID().toString().substring(0, 8),
            "informe",
            "Informe Semestral de Avance",
            "04101",
            "La Serena",
            VENCE,
            List.of(responsable),
            List.of(),
            List.of(),
            "http://localhost:8080/camunda/app/tasklist/default/"));
  }
}
