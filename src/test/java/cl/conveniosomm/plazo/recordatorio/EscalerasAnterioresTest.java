package cl.conveniosomm.plazo.recordatorio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import cl.conveniosomm.support.DemoApplicationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database from before the scheduler: each running reminder process hands its next step to its
 * deadline.
 */
class EscalerasAnterioresTest extends DemoApplicationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired PlazoService plazoService;
  @Autowired PlazoRepository plazoRepository;
  @Autowired EscalerasAnteriores escaleras;

  @Test
  void aRunningLadderHandsItsTimerAndStepToTheDeadlineAndEnds() {
    repositoryService
        .createDeployment()
        .name("antes del programador")
        .addClasspathResource("legado/plazo-recordatorios.bpmn")
        .deploy();
    Plazo plazo =
        plazoService.abrir(
            new NuevoPlazo(
                "04101-legado-" + UUID.randomUUID().toString().substring(0, 8),
                "informe",
                "Informe Semestral de Avance",
                "04101",
                "La Serena",
                LocalDate.now().plusDays(60),
                List.of("omm@laserena.cl"),
                List.of(),
                List.of(),
                "http://localhost:8080/camunda/app/tasklist/default/"));
    // as V9 leaves a deadline of those days: no next reminder on its row, the ladder's timer
    // waiting for step 2
    plazoRepository.scheduleReminder(plazo.id(), null);
    Instant timer = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    String escalera =
        runtimeService
            .createProcessInstanceByKey(EscalerasAnteriores.PROCESO)
            .businessKey(plazo.convenioId())
            .startBeforeActivity("Timer_DiaDelRecordatorio")
            .setVariables(
                Map.of(
                    "plazoId",
                    plazo.id(),
                    "numeroRecordatorio",
                    2,
                    "ultimoRecordatorio",
                    1,
                    "proximoRecordatorio",
                    Date.from(timer),
                    "comunaCodigo",
                    "04101"))
            .execute()
            .getId();

    escaleras.migrar();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalera).count())
        .isZero();
    assertThat(plazoRepository.findById(plazo.id()).orElseThrow().proximoRecordatorio())
        .isEqualTo(ProximoRecordatorio.paso(timer, 2));
  }
}
