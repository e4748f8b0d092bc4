package cl.conveniosomm.decreto;

import cl.conveniosomm.proceso.DecisionTarea;
import cl.conveniosomm.proceso.Variables;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completing an approval task: checks the decision and records the step's antecedente. A bad
 * value is a {@link BadUserRequestException}: Tasklist and REST answer 400 with the Spanish message,
 * and the rollback leaves the task open and nothing recorded.
 */
@Component("registrarPaso")
public class RegistrarPasoListener implements TaskListener {

  private final AntecedenteService antecedentes;
  private final PreparacionDecreto preparacion;
  private final IdentityService identityService;

  public RegistrarPasoListener(AntecedenteService antecedentes, PreparacionDecreto preparacion,
      IdentityService identityService) {
    this.antecedentes = antecedentes;
    this.preparacion = preparacion;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String tarea = task.getTaskDefinitionKey();
    DecisionTarea.deTarea(tarea).ifPresent(decision -> rechazarSiHay(
        decision.problemas(task.getVariable(decision.variable()), task.getVariable(decision.variableObservaciones()))));
    PasoAprobacion.deTarea(tarea).ifPresent(paso -> registrar(task, paso));
    if (PreparacionDecreto.TAREA.equals(tarea)) {
      rechazarSiHay(PreparacionDecreto.problemas(task.getVariables()));
      preparacion.registrar(task.getExecution().getProcessBusinessKey(), task.getVariables(), usuario(task));
    }
  }

  private void registrar(DelegateTask task, PasoAprobacion paso) {
    EntradaAntecedente entrada = EntradasAntecedente.desde(task.getExecution(), paso, usuario(task));
    try {
      if (paso == PasoAprobacion.NUMERAR_DECRETO) {
        Decreto decreto = antecedentes.numerarDecreto(entrada);
        task.getExecution().setVariable(Variables.DECRETO_NUMERO, decreto.numero());
        task.getExecution().setVariable(Variables.DECRETO_FECHA, decreto.fecha().toString());
        task.getExecution().setVariable(Variables.EFECTO_RETROACTIVO, decreto.efectoRetroactivo());
      } else {
        antecedentes.registrar(entrada);
        EntradasAntecedente.fechaEnIso(task.getExecution(), paso);
      }
    } catch (AntecedenteInvalidoException e) {
      throw new BadUserRequestException(e.getMessage());
    }
  }

  private void rechazarSiHay(List<String> problemas) {
    if (!problemas.isEmpty()) {
      throw new BadUserRequestException(String.join(" ", problemas));
    }
  }

  private String usuario(DelegateTask task) {
    Authentication actual = identityService.getCurrentAuthentication();
    return actual != null ? actual.getUserId() : task.getAssignee();
  }
}
