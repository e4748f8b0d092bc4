package cl.conveniosomm.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before each authorization check of a command, the engine reads which groups hold any grant at all
 * ({@code SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, a scan of the whole grant table) to
 * drop the person's other groups from the check. That filter only shortens the list of groups the
 * check looks for: a group without grants matches no row either way, so checking all of them gives
 * the same answer. Our people belong to two or three groups, so the engine checks them all and
 * skips the scan; a person with more than {@link #LIMITE} groups (a large directory) keeps the
 * engine's filter.
 */
@Component
public class GruposSinConsultaPlugin extends AbstractProcessEnginePlugin {

  /** Past this many groups the engine's filter keeps the check's IN list short. */
  static final int LIMITE = 100;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return AuthorizationManager.class;
          }

          @Override
          public Session openSession() {
            return new Autorizaciones();
          }
        });
    configuration.setCustomSessionFactories(factories);
  }

  static final class Autorizaciones extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > LIMITE) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds);
    }
  }
}
