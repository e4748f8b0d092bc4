package cl.conveniosomm.bench;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The baseline's report opener: starts the report's instance with the same nine variables the app's
 * {@code ProgramaInformes.abrir} passes (not the caller's ≈38), so both sides write the same
 * variables.
 */
final class AbrirInformeBase implements JavaDelegate {

  private static final String[] DEL_CONVENIO = {
    "comuna", "comunaCodigo", "contraparteEmail", "directorDidecoEmail"
  };

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String nombre : DEL_CONVENIO) {
      variables.put(nombre, execution.getVariable(nombre));
    }
    variables.put(
        "convenioEtiqueta",
        execution.getVariable("comuna") + " · " + execution.getProcessBusinessKey());
    variables.put("tipoInforme", "SEMESTRAL");
    variables.put("periodoCodigo", execution.getVariable("periodoCodigo"));
    variables.put("periodoNombre", execution.getVariable("periodoNombre"));
    // the app's venceInforme: the baseline's models read every due date from «vence»
    variables.put("vence", execution.getVariable("vence"));
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(
            "informe-convenio", execution.getProcessBusinessKey(), variables);
  }
}
