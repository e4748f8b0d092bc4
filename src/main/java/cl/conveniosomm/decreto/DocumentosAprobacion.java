package cl.conveniosomm.decreto;

import cl.conveniosomm.documento.DocumentoDeTarea;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The approval's steps that need a document: the signed convenio, the signed decreto. */
@Component
public class DocumentosAprobacion implements DocumentoDeTarea {

  @Override
  public Set<String> tareas() {
    return Arrays.stream(PasoAprobacion.values())
        .filter(paso -> paso.documento().isPresent())
        .map(PasoAprobacion::tarea)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<Requerido> requerido(String tarea, Map<String, Object> variables) {
    return PasoAprobacion.deTarea(tarea)
        .flatMap(PasoAprobacion::documento)
        .map(tipo -> new Requerido(tipo, ""));
  }
}
