package cl.conveniosomm.formulario.envio;

import cl.conveniosomm.system.web.RechazoSolicitud;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a task ({@code ${validarTarea}}): the same checks the submission filter runs, for
 * completions that do not come through HTTP. A problem rolls the completion back.
 */
@Component("validarTarea")
public class ValidarTareaListener implements TaskListener {

  private final ValidacionEnvio validacion;

  public ValidarTareaListener(ValidacionEnvio validacion) {
    this.validacion = validacion;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problemas = validacion.problemas(task.getTaskDefinitionKey(),
        task.getExecution().getProcessBusinessKey(), task.getVariables());
    if (!problemas.isEmpty()) {
      RechazoSolicitud.registrar(String.join(" ", problemas));
      throw new BadUserRequestException(String.join(" ", problemas));
    }
  }
}
