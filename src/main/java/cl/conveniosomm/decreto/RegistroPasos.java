package cl.conveniosomm.decreto;

import cl.conveniosomm.formulario.envio.AlCompletarTarea;
import cl.conveniosomm.proceso.Variables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completing an approval task, once its checks passed ({@link ValidacionPasos}, decisions
 * included): records the step's antecedente, the decreto's number and date, or the draft's
 * preparation. An antecedente the register still refuses is a {@link BadUserRequestException}:
 * Tasklist and REST answer 400 with the Spanish message, and the rollback leaves the task open and
 * nothing recorded.
 */
@Component
public class RegistroPasos implements AlCompletarTarea {

  private final AntecedenteService antecedentes;
  private final PreparacionDecreto preparacion;
  private final IdentityService identityService;

  public RegistroPasos(
      AntecedenteService antecedentes,
      PreparacionDecreto preparacion,
      IdentityService identityService) {
    this.antecedentes = antecedentes;
    this.preparacion = preparacion;
    this.identityService = identityService;
  }

  @Override
  public void alCompletar(DelegateTask task) {
    String tarea = task.getTaskDefinitionKey();
    PasoAprobacion.deTarea(tarea).ifPresent(paso -> registrar(task, paso));
    if (PreparacionDecreto.TAREA.equals(tarea)) {
      preparacion.registrar(
          task.getExecution().getProcessBusinessKey(), task.getVariables(), usuario(task));
    }
  }

  private void registrar(DelegateTask task, PasoAprobacion paso) {
    EntradaAntecedente entrada =
        EntradasAntecedente.desde(task.getExecution(), paso, usuario(task));
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

  private String usuario(DelegateTask task) {
    Authentication actual = identityService.getCurrentAuthentication();
    return actual != null ? actual.getUserId() : task.getAssignee();
  }
}
