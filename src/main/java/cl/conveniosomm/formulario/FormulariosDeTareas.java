package cl.conveniosomm.formulario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The form of every user task and start event (by the element's id), read once from the models and
 * forms the engine deploys ({@code processes/*.bpmn}, {@code forms/*.form}).
 */
@Component
public class FormulariosDeTareas {

  private final Map<String, EsquemaFormulario> porElemento = new HashMap<>();

  public FormulariosDeTareas(ObjectMapper json) {
    PathMatchingResourcePatternResolver recursos = new PathMatchingResourcePatternResolver();
    try {
      Map<String, EsquemaFormulario> porId = new HashMap<>();
      for (Resource formulario : recursos.getResources("classpath*:forms/*.form")) {
        try (InputStream entrada = formulario.getInputStream()) {
          EsquemaFormulario esquema = EsquemaFormulario.leer(json.readTree(entrada));
          porId.put(esquema.id(), esquema);
        }
      }
      for (Resource modelo : recursos.getResources("classpath*:processes/*.bpmn")) {
        try (InputStream entrada = modelo.getInputStream()) {
          BpmnModelInstance bpmn = Bpmn.readModelFromStream(entrada);
          bpmn.getModelElementsByType(UserTask.class).stream()
              .filter(tarea -> tarea.getCamundaFormRef() != null)
              .forEach(
                  tarea -> porElemento.put(tarea.getId(), porId.get(tarea.getCamundaFormRef())));
          bpmn.getModelElementsByType(StartEvent.class).stream()
              .filter(inicio -> inicio.getCamundaFormRef() != null)
              .forEach(
                  inicio -> porElemento.put(inicio.getId(), porId.get(inicio.getCamundaFormRef())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudieron leer los formularios de las tareas", e);
    }
  }

  /** The form of the user task or start event with this id, if it has one. */
  public Optional<EsquemaFormulario> de(String elemento) {
    return Optional.ofNullable(porElemento.get(elemento));
  }
}
