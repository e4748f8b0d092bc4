package cl.conveniosomm.proceso;

import java.util.List;
import java.util.Map;

/**
 * Checks what a person submits to complete a user task, before the engine sees it. Each feature
 * provides one for its own tasks; the rules are the ones its task listener applies.
 */
public interface ValidadorTarea {

  /**
   * Spanish problems with completing task {@code tarea} (its definition key) of convenio {@code
   * convenioId} with these variables (the instance's, overlaid with the submitted ones); empty when
   * fine or when the task is not this validator's.
   */
  List<String> problemas(String tarea, String convenioId, Map<String, Object> variables);
}
