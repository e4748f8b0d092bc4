package cl.conveniosomm.formulario.envio;

import cl.conveniosomm.system.web.RechazoSolicitud;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The one listener on completing every user task ({@code ${validarTarea}}, held by {@code
 * ModelLintTest}): the same checks a person's submission gets first ({@link EscriturasDePersonas}),
 * for completions that do not come through her; then what the features record of it ({@link
 * AlCompletarTarea}). A problem rolls the completion back.
 */
@Component("validarTarea")
public class ValidarTareaListener implements TaskListener {

  private final ValidacionEnvio validacion;
  private final List<AlCompletarTarea> registros;

  public ValidarTareaListener(ValidacionEnvio validacion, List<AlCompletarTarea> registros) {
    this.validacion = validacion;
    this.registros = registros;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problemas =
        validacion.problemas(
            task.getTaskDefinitionKey(),
            task.getExecution().getProcessBusinessKey(),
            task.getVariables());
    if (!problemas.isEmpty()) {
      RechazoSolicitud.registrar(String.join(" ", problemas));
      throw new BadUserRequestException(String.join(" ", problemas));
    }
    registros.forEach(registro -> registro.alCompletar(task));
  }
}
