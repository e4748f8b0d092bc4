package cl.conveniosomm.convenio;

import cl.conveniosomm.proceso.Variables;
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

  private final RegistroConvenio registro;
  private final IdentityService identityService;

  public RegistrarConvenioListener(RegistroConvenio registro, IdentityService identityService) {
    this.registro = registro;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication usuario = identityService.getCurrentAuthentication();
    try {
      var registrado = registro.registrar(execution.getVariables(), execution.getProcessBusinessKey(),
          usuario == null ? null : usuario.getUserId());
      execution.setProcessBusinessKey(registrado.id());
      execution.setVariable(Variables.COMUNA, registrado.comuna().nombre());
      execution.setVariable("region", registrado.comuna().regionNombre());
    } catch (RegistroInvalidoException e) {
      throw new BadUserRequestException(e.getMessage());
    }
  }
}
