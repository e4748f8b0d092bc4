package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Until December 2026 each deadline had a process instance of its own ({@code plazo-recordatorios})
 * whose timer waited for the next reminder. At start, each one still running hands its pending step
 * and its timer's date to the deadline's row, and is removed, one per transaction, so no reminder
 * is lost or sent twice (the outbox key is the same) on the way.
 */
@Component
public class EscalerasAnteriores {

  static final String PROCESO = "plazo-recordatorios";
  private static final Logger LOG = LoggerFactory.getLogger(EscalerasAnteriores.class);

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final PlazoRepository plazos;
  private final RecordatorioService recordatorios;
  private final TransactionTemplate transaccion;

  public EscalerasAnteriores(
      RuntimeService runtimeService,
      ManagementService managementService,
      PlazoRepository plazos,
      RecordatorioService recordatorios,
      TransactionTemplate transaccion) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.plazos = plazos;
    this.recordatorios = recordatorios;
    this.transaccion = transaccion;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void migrar() {
    int migradas = 0;
    for (ProcessInstance escalera :
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESO).list()) {
      try {
        transaccion.executeWithoutResult(estado -> migrar(escalera));
        migradas++;
      } catch (OptimisticLockingException e) {
        LOG.debug("Otro nodo migró la escalera {}", escalera.getId());
      }
    }
    if (migradas > 0) {
      LOG.info("{} escaleras de recordatorios pasaron al programador de recordatorios", migradas);
    }
  }

  private void migrar(ProcessInstance escalera) {
    Object plazoId = runtimeService.getVariable(escalera.getId(), "plazoId");
    Object numero = runtimeService.getVariable(escalera.getId(), "numeroRecordatorio");
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(escalera.getId())
            .timers()
            .singleResult();
    Plazo plazo = plazoId == null ? null : plazos.findById(plazoId.toString()).orElse(null);
    if (plazo != null && plazo.proximoRecordatorio() == null) {
      ProximoRecordatorio proximo =
          timer != null && numero instanceof Integer paso
              ? ProximoRecordatorio.paso(timer.getDuedate().toInstant(), paso)
              : recordatorios.primero(plazo);
      plazos.scheduleReminder(plazo.id(), proximo);
    }
    runtimeService.deleteProcessInstance(
        escalera.getId(), "Recordatorios a cargo del programador", true, true);
  }
}
