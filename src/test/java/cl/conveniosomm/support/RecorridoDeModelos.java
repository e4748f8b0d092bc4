package cl.conveniosomm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records which elements and sequence flows of each BPMN model the tests of this JVM run, for the
 * build's process-model coverage floor ({@code cl.conveniosomm.proceso.CoberturaDeModelos}): one
 * line {@code model element} each, written to {@code target/process-test-coverage} when the JVM
 * ends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecorridoDeModelos {

  static final Path CARPETA = Path.of("target", "process-test-coverage");
  private static final Set<String> RECORRIDOS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RecorridoDeModelos::escribir));
  }

  @Bean
  AbstractProcessEnginePlugin recorridoDeModelos() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuracion) {
        List<BpmnParseListener> oyentes =
            configuracion.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuracion.getCustomPostBPMNParseListeners());
        oyentes.add(new Observador());
        configuracion.setCustomPostBPMNParseListeners(oyentes);
      }
    };
  }

  /** After a process is parsed: every activity records its start, every flow its take. */
  private static final class Observador extends AbstractBpmnParseListener {
    @Override
    public void parseProcess(Element proceso, ProcessDefinitionEntity definicion) {
      observar(definicion.getKey(), definicion);
    }

    private static void observar(String modelo, ScopeImpl ambito) {
      for (ActivityImpl actividad : ambito.getActivities()) {
        String elemento = modelo + " " + actividad.getId();
        actividad.addBuiltInListener(
            ExecutionListener.EVENTNAME_START, ejecucion -> RECORRIDOS.add(elemento));
        for (PvmTransition saliente : actividad.getOutgoingTransitions()) {
          TransitionImpl flujo = (TransitionImpl) saliente;
          String tomado = modelo + " " + flujo.getId();
          flujo.addBuiltInListener(
              ExecutionListener.EVENTNAME_TAKE, ejecucion -> RECORRIDOS.add(tomado));
        }
        observar(modelo, actividad);
      }
    }
  }

  private static void escribir() {
    if (RECORRIDOS.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(CARPETA);
      Files.write(CARPETA.resolve(ProcessHandle.current().pid() + ".txt"), RECORRIDOS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
