package cl.conveniosomm.informe;

import cl.conveniosomm.proceso.ValidacionDecisiones;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing a report task: the PDF and summary are there, or SERNAMEG's decision is complete. */
@Component("registrarInforme")
public class RegistrarInformeListener implements TaskListener {

  private final ValidacionInforme validacion;
  private final ValidacionDecisiones decisiones;

  public RegistrarInformeListener(ValidacionInforme validacion, ValidacionDecisiones decisiones) {
    this.validacion = validacion;
    this.decisiones = decisiones;
  }

  @Override
  public void notify(DelegateTask task) {
    String convenio = task.getExecution().getProcessBusinessKey();
    List<String> problemas = new ArrayList<>(decisiones.problemas(task.getTaskDefinitionKey(), convenio,
        task.getVariables()));
    problemas.addAll(validacion.problemas(task.getTaskDefinitionKey(), convenio, task.getVariables()));
    if (!problemas.isEmpty()) {
      throw new BadUserRequestException(String.join(" ", problemas));
    }
  }
}
