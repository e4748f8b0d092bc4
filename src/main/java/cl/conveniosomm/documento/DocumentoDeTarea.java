package cl.conveniosomm.documento;

import java.util.Map;
import java.util.Optional;

/**
 * Which document a user task needs attached before it can be completed. Each feature that has such
 * tasks provides one; the document page and the validations ask them.
 */
public interface DocumentoDeTarea {

  /** A needed document: its type and the period it belongs to ("" when the convenio has one). */
  record Requerido(TipoDocumento tipo, String referencia) {}

  /** The task definition keys this provider knows. */
  java.util.Set<String> tareas();

  /** The document the task needs, given the instance's variables; empty when none. */
  Optional<Requerido> requerido(String tarea, Map<String, Object> variables);
}
