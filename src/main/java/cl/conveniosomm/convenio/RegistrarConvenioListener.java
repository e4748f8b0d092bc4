package cl.conveniosomm.convenio;

import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.formulario.ValidacionFormulario;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.web.RechazoSolicitud;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * When a signed convenio is registered (the main process starts): records it and gives the instance
 * the convenio's readable id as business key. A bad form answers 400 and starts nothing.
 */
@Component("registrarConvenio")
public class RegistrarConvenioListener implements ExecutionListener {

  private static final String REGION = "region";

  /**
   * Not the person's to send: the engine sets the initiator (the start event's {@code
   * camunda:initiator}) and this listener overwrites the comuna's name, the convenio's label and
   * región from its code.
   */
  private static final Set<String> DERIVADAS =
      Set.of("registradoPor", Variables.COMUNA, Variables.CONVENIO_ETIQUETA, REGION);

  private final RegistroConvenio registro;
  private final IdentityService identityService;
  private final ValidacionFormulario formulario;

  public RegistrarConvenioListener(
      RegistroConvenio registro, IdentityService identityService, ValidacionFormulario formulario) {
    this.registro = registro;
    this.identityService = identityService;
    this.formulario = formulario;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication usuario = identityService.getCurrentAuthentication();
    verificarRegistro(execution, usuario != null);
    if (usuario != null) {
      verificarComuna(usuario, execution.getVariable(Variables.COMUNA_CODIGO));
    }
    try {
      var registrado =
          registro.registrar(
              execution.getVariables(),
              execution.getProcessBusinessKey(),
              usuario == null ? null : usuario.getUserId());
      execution.setProcessBusinessKey(registrado.id());
      // the ISO date, whatever was typed: the lifecycle's other readers see one unambiguous value
      execution.setVariable(Variables.FECHA_SUSCRIPCION, registrado.suscripcion().toString());
      execution.setVariable(Variables.COMUNA, registrado.comuna().nombre());
      execution.setVariable(REGION, registrado.comuna().regionNombre());
      execution.setVariable(
          Variables.CONVENIO_ETIQUETA,
          Variables.etiquetaConvenio(registrado.comuna().nombre(), registrado.id()));
      proponerAlcaldeDelDecreto(execution);
    } catch (RegistroInvalidoException e) {
      throw rechazo(e.getMessage());
    }
  }

  /**
   * Who signed the convenio for the municipality is its Alcalde (or her subrogante): the
   * Secretaría's draft form starts with her as the decreto's signatory, to be corrected if someone
   * else signs.
   */
  private static void proponerAlcaldeDelDecreto(DelegateExecution execution) {
    RolFirmante desde = RolFirmante.MUNICIPIO;
    RolFirmante hacia = RolFirmante.ALCALDE;
    execution.setVariable(hacia.variableNombre(), execution.getVariable(desde.variableNombre()));
    execution.setVariable(hacia.variableSexo(), execution.getVariable(desde.variableSexo()));
    execution.setVariable(hacia.variableCalidad(), execution.getVariable(desde.variableCalidad()));
  }

  /**
   * Every registration holds to the registration form as it is declared, as a task's form does:
   * each field of its type, length and options, and plain text (no HTML); then to the
   * registration's own rules, all problems told at once. A person's registration also sends only
   * the form's fields: a start cannot set the process's other variables. (The app's own starts, the
   * demo's, carry more.)
   */
  private void verificarRegistro(DelegateExecution execution, boolean dePersona) {
    Map<String, Object> enviadas = new HashMap<>(execution.getVariables());
    enviadas.keySet().removeAll(DERIVADAS);
    String inicio = execution.getCurrentActivityId();
    List<String> problemas =
        new ArrayList<>(
            dePersona
                ? formulario.problemas(inicio, "Registrar convenio", enviadas, Map.of())
                : formulario.problemasDeCampos(inicio, enviadas, Map.of()));
    problemas.addAll(registro.problemas(enviadas, execution.getProcessBusinessKey()));
    if (!problemas.isEmpty()) {
      throw rechazo(String.join(" ", problemas));
    }
  }

  /** A person registers convenios of her own comuna, or of her región if she is SERNAMEG's. */
  private static void verificarComuna(Authentication usuario, Object comunaCodigo) {
    boolean administrador =
        usuario.getGroupIds() != null && usuario.getGroupIds().contains(Grupos.CAMUNDA_ADMIN);
    if (!administrador
        && comunaCodigo instanceof String codigo
        && !codigo.isBlank()
        && (usuario.getTenantIds() == null || !usuario.getTenantIds().contains(codigo))) {
      throw rechazo(
          "Su usuario no puede registrar convenios de la comuna "
              + codigo
              + ": no pertenece a su municipalidad ni a su región. Si la comuna aún no está incorporada a "
              + "Convenios OMM, pida a un administrador que la incorpore.");
    }
  }

  private static BadUserRequestException rechazo(String motivo) {
    RechazoSolicitud.registrar(motivo);
    return new BadUserRequestException(motivo);
  }
}
