package cl.conveniosomm.garantias.historia;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.plazo.NuevoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup keeps a closed convenio's engine history for the retention period (10 years from
 * the end of its instance, docs/decisions.md) and removes it after, in a night window.
 */
class LimpiezaHistoriaTest extends DemoApplicationTest {

  private static final int RETENCION_DIAS = 3650;

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired PlazoService plazos;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyModelKeepsItsHistoryForTheRetentionPeriodAndCleanupRunsAtNight() {
    List<ProcessDefinition> modelos =
        repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
            // the application's models, not the ones other tests deploy
            .filter(
                definicion ->
                    Files.exists(
                        Path.of(
                            "processes",
                            Path.of(definicion.getResourceName()).getFileName().toString())))
            .toList();
    ProcessEngineConfigurationImpl configuracion =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(modelos)
        .extracting(ProcessDefinition::getKey)
        .contains(Procesos.CONVENIO_OMM, Procesos.INFORME_CONVENIO, Procesos.CICLO_GESTION);
    assertThat(modelos)
        .allSatisfy(
            definicion ->
                assertThat(definicion.getHistoryTimeToLive())
                    .as(definicion.getKey())
                    .isEqualTo(RETENCION_DIAS));
    assertThat(configuracion.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuracion.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(configuracion.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuracion.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuracion.isEnforceHistoryTimeToLive()).isTrue();
  }

  @Test
  void aClosedConvenioStaysInHistoryForTenYearsAndIsRemovedAfter() {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getBusinessKey();
    Plazo plazo =
        plazos.abrir(
            new NuevoPlazo(
                convenio,
                "historia",
                "Plazo cumplido",
                "12101",
                "Punta Arenas",
                LocalDate.now().plusDays(30),
                List.of("omm@laserena.cl"),
                List.of(),
                List.of(),
                "http://localhost:8080/"));
    plazos.cumplir(plazo.id());
    runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(convenio)
        .list()
        .forEach(
            instancia ->
                runtimeService.deleteProcessInstanceIfExists(
                    instancia.getId(), "cierre del convenio", false, true, false, false));
    List<HistoricProcessInstance> cerradas =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(convenio)
            .list();
    assertThat(cerradas)
        .isNotEmpty()
        .allSatisfy(instancia -> assertThat(instancia.getEndTime()).isNotNull());
    Date cierre =
        cerradas.stream()
            .map(HistoricProcessInstance::getEndTime)
            .max(Date::compareTo)
            .orElseThrow();

    ClockUtil.setCurrentTime(
        Date.from(cierre.toInstant().plus(RETENCION_DIAS - 1, ChronoUnit.DAYS)));
    limpiarAhora();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .count())
        .isEqualTo(cerradas.size());
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .count())
        .isPositive();

    ClockUtil.setCurrentTime(
        Date.from(cierre.toInstant().plus(RETENCION_DIAS + 1, ChronoUnit.DAYS)));
    limpiarAhora();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .count())
        .isZero();
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .count())
        .isZero();
  }

  private void limpiarAhora() {
    Job limpieza = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(limpieza.getId());
  }
}
