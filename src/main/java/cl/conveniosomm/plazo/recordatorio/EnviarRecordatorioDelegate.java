package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.proceso.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the reminder the timer was waiting for, and remembers it was sent. */
@Component("enviarRecordatorio")
public class EnviarRecordatorioDelegate implements JavaDelegate {

  private final RecordatorioService recordatorios;

  public EnviarRecordatorioDelegate(RecordatorioService recordatorios) {
    this.recordatorios = recordatorios;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int numero = (Integer) execution.getVariable(Variables.NUMERO_RECORDATORIO);
    recordatorios.enviar((String) execution.getVariable(Variables.PLAZO_ID), numero);
    execution.setVariable(Variables.ULTIMO_RECORDATORIO, numero);
  }
}
