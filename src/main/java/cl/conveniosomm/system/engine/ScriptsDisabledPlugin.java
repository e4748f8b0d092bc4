package cl.conveniosomm.system.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.stereotype.Component;

/**
 * The engine resolves no JSR-223 script language at all: a model with a script task, a script
 * listener or a script condition fails instead of running code someone deployed. The only script
 * engine factories on the classpath are the engine's own expression languages (FEEL, JUEL).
 */
@Component
public class ScriptsDisabledPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setScriptEngineResolver(new NoScriptEngineResolver());
  }

  static final class NoScriptEngineResolver implements ScriptEngineResolver {

    private final ScriptEngineManager emptyManager = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
      // refused: no script language may be added
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return emptyManager;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      return null;
    }
  }
}
