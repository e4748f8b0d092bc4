package cl.conveniosomm.informe;

import cl.conveniosomm.documento.DocumentoDeTarea;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.proceso.Variables;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Preparing a report needs the report itself, as a PDF of its period. */
@Component
public class DocumentosInforme implements DocumentoDeTarea {

  static final String PREPARAR = Tareas.PREPARAR_INFORME;

  @Override
  public Set<String> tareas() {
    return Set.of(PREPARAR);
  }

  @Override
  public Optional<Requerido> requerido(String tarea, Map<String, Object> variables) {
    if (!PREPARAR.equals(tarea) || variables.get(Variables.TIPO_INFORME) == null) {
      return Optional.empty();
    }
    TipoInforme tipo = TipoInforme.valueOf(variables.get(Variables.TIPO_INFORME).toString());
    Object periodo = variables.get(Variables.PERIODO_CODIGO);
    return Optional.of(new Requerido(tipo.documento(), periodo == null ? "" : periodo.toString()));
  }
}
