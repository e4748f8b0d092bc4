package cl.conveniosomm.documento;

import cl.conveniosomm.municipio.TareasAbiertas;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What Tasklist's «Documentos» tab shows for an open task: the document the task asks for, and the
 * convenio's documents, so the person attaches it and completes the task without leaving it.
 */
@RestController
public class DocumentosDeTareaController {

  private final TareasAbiertas tareas;
  private final DocumentoService documentos;
  private final DocumentosRequeridos requeridos;

  public DocumentosDeTareaController(
      TareasAbiertas tareas, DocumentoService documentos, DocumentosRequeridos requeridos) {
    this.tareas = tareas;
    this.documentos = documentos;
    this.requeridos = requeridos;
  }

  /** The document a task needs: {@code documento} is its name for people. */
  public record Requerido(
      TipoDocumento tipo, String referencia, String documento, boolean adjuntado) {}

  /** {@code requerido}: null when the task needs no document. */
  public record DocumentosDeTarea(
      String tareaId, String convenioId, Requerido requerido, List<Documento> documentos) {}

  @GetMapping("/api/tareas/{tarea}/documentos")
  public DocumentosDeTarea deTarea(@PathVariable String tarea, Authentication usuario) {
    Task task =
        tareas
            .una(usuario, tarea)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "La tarea no existe, ya se completó o no es suya ni de su grupo."));
    String convenio = tareas.convenio(task);
    if (convenio == null) {
      return new DocumentosDeTarea(task.getId(), null, null, List.of());
    }
    Requerido requerido =
        requeridos
            .de(task)
            .map(
                necesario ->
                    new Requerido(
                        necesario.tipo(),
                        necesario.referencia(),
                        necesario.tipo().nombre(),
                        documentos.existe(convenio, necesario.tipo(), necesario.referencia())))
            .orElse(null);
    return new DocumentosDeTarea(
        task.getId(), convenio, requerido, documentos.deConvenio(convenio));
  }
}
