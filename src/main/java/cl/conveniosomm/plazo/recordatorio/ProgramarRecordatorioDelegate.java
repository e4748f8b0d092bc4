package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.proceso.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Sets when the timer waits until ({@code proximoRecordatorio}) and which reminder it is, if any. */
@Component("programarRecordatorio")
public class ProgramarRecordatorioDelegate implements JavaDelegate {

  private final RecordatorioService recordatorios;

  public ProgramarRecordatorioDelegate(RecordatorioService recordatorios) {
    this.recordatorios = recordatorios;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String plazoId = (String) execution.getVariable(Variables.PLAZO_ID);
    Integer ultimo = (Integer) execution.getVariable(Variables.ULTIMO_RECORDATORIO);
    var siguiente = recordatorios.siguiente(plazoId, ultimo == null ? 0 : ultimo);
    execution.setVariable(Variables.HAY_RECORDATORIO, siguiente.isPresent());
    siguiente.ifPresent(paso -> {
      Date ahora = ClockUtil.getCurrentTime();
      Date cuando = Date.from(paso.instante());
      execution.setVariable(Variables.PROXIMO_RECORDATORIO, cuando.before(ahora) ? ahora : cuando);
      execution.setVariable(Variables.NUMERO_RECORDATORIO, paso.numero());
    });
  }
}
