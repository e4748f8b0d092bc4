package cl.conveniosomm.decreto;

import cl.conveniosomm.system.web.RechazoSolicitud;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the approval starts: SERNAMEG's Ord. that sent the convenio, and the signed convenio. */
@Component("registrarAntecedentesIniciales")
public class RegistrarAntecedentesIniciales implements ExecutionListener {

  private static final String INICIADOR = "registradoPor";

  private final AntecedenteService antecedentes;

  public RegistrarAntecedentesIniciales(AntecedenteService antecedentes) {
    this.antecedentes = antecedentes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    try {
      for (PasoAprobacion paso :
          List.of(PasoAprobacion.REMISION_SERNAMEG, PasoAprobacion.SUSCRIPCION)) {
        antecedentes.registrar(
            EntradasAntecedente.desde(execution, paso, registradoPor(execution)));
        EntradasAntecedente.fechaEnIso(execution, paso);
      }
    } catch (AntecedenteInvalidoException e) {
      // the registration form's data: a 400 with the reason, not the engine's 500
      RechazoSolicitud.registrar(e.getMessage());
      throw new BadUserRequestException(e.getMessage());
    }
  }

  /** Who registered the convenio: the main process's initiator, which the call passes on. */
  private static String registradoPor(DelegateExecution execution) {
    return execution.getVariable(INICIADOR) instanceof String usuario ? usuario : null;
  }
}
