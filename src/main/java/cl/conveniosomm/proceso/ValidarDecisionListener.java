package cl.conveniosomm.proceso;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing a deciding task: a known decision, with observations when it returns the document. */
@Component("validarDecision")
public class ValidarDecisionListener implements TaskListener {

  private final ValidacionDecisiones decisiones;

  public ValidarDecisionListener(ValidacionDecisiones decisiones) {
    this.decisiones = decisiones;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problemas = decisiones.problemas(task.getTaskDefinitionKey(),
        task.getExecution().getProcessBusinessKey(), task.getVariables());
    if (!problemas.isEmpty()) {
      throw new BadUserRequestException(String.join(" ", problemas));
    }
  }
}
