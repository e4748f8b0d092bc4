package cl.conveniosomm.convenio;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.ValidadorTarea;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The registration form (the main process's start form), checked before the engine starts anything. */
@Component
class ValidacionRegistro implements ValidadorTarea {

  private final RegistroConvenio registro;

  ValidacionRegistro(RegistroConvenio registro) {
    this.registro = registro;
  }

  @Override
  public List<String> problemas(String tarea, String convenioId, Map<String, Object> variables) {
    return Procesos.CONVENIO_OMM.equals(tarea) ? registro.problemas(variables, convenioId) : List.of();
  }
}
