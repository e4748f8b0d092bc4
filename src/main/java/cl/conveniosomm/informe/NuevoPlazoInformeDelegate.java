package cl.conveniosomm.informe;

import cl.conveniosomm.plazo.DiasHabilesPlugin;
import cl.conveniosomm.proceso.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An observed report gets a new deadline: {@code omm.informes.dias-observado} días hábiles from
 * today (10).
 */
@Component("nuevoPlazoInforme")
public class NuevoPlazoInformeDelegate implements JavaDelegate {

  private final int diasObservado;

  public NuevoPlazoInformeDelegate(@Value("${omm.informes.dias-observado:10}") int diasObservado) {
    this.diasObservado = diasObservado;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comuna = execution.getVariable(Variables.COMUNA_CODIGO);
    execution.setVariable(
        Variables.VENCE_INFORME,
        DiasHabilesPlugin.diasHabiles(diasObservado, comuna == null ? null : comuna.toString()));
  }
}
