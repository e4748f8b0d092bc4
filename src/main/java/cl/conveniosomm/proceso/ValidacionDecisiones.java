package cl.conveniosomm.proceso;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every deciding task: a known decision, with observations when it returns the document. */
@Component
public class ValidacionDecisiones implements ValidadorTarea {

  @Override
  public List<String> problemas(String tarea, String convenioId, Map<String, Object> variables) {
    return DecisionTarea.deTarea(tarea)
        .map(
            decision ->
                decision.problemas(
                    variables.get(decision.variable()),
                    variables.get(decision.variableObservaciones())))
        .orElse(List.of());
  }
}
