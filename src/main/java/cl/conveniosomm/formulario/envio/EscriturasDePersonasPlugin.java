package cl.conveniosomm.formulario.envio;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@link EscriturasDePersonas} in front of every command the engine runs, and gives a task's
 * candidates and assignee the right to work on it and to assign it, not to edit it (Camunda's
 * default, UPDATE, lets them change its variables, due date, candidates and more).
 */
@Component
public class EscriturasDePersonasPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ValidacionEnvio> validacion;
  private final ObjectProvider<TransactionTemplate> transaccion;

  public EscriturasDePersonasPlugin(
      ObjectProvider<ValidacionEnvio> validacion, ObjectProvider<TransactionTemplate> transaccion) {
    this.validacion = validacion;
    this.transaccion = transaccion;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptores =
        configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptores.add(
        new EscriturasDePersonas(
            configuration::getIdentityService, validacion::getObject, transaccion::getObject));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptores);
    configuration.setDefaultUserPermissionForTask(PermisoTrabajarTarea.INSTANCIA);
  }
}
