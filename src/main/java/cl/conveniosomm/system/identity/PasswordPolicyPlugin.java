package cl.conveniosomm.system.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's password policy on with {@link PasswordRules}: every password set through the
 * engine (its REST API, Admin, onboarding) must hold them, and Admin shows them while one types.
 * Not a setting: no deployment runs without it.
 *
 * <p>It is switched on once the engine is built, after the starter has created the configured
 * administrator: outside the demo {@code StartupSettingsValidator} has already held that password
 * to the same rules, and the demo's administrator keeps "demo".
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setPasswordPolicy(new PasswordRules());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    configuration.setEnablePasswordPolicy(true);
  }
}
