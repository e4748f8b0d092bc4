package cl.conveniosomm.documento;

import cl.conveniosomm.municipio.TareasAbiertas;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open tasks of the logged-in person that need a document attached before they can be
 * completed: what the document page offers to upload.
 */
@RestController
public class DocumentosPendientesController {

  private final TareasAbiertas tareas;
  private final DocumentoService documentos;
  private final DocumentosRequeridos requeridos;

  public DocumentosPendientesController(
      TareasAbiertas tareas, DocumentoService documentos, DocumentosRequeridos requeridos) {
    this.tareas = tareas;
    this.documentos = documentos;
    this.requeridos = requeridos;
  }

  public record Pendiente(
      String tareaId,
      String tarea,
      String convenioId,
      TipoDocumento tipo,
      String referencia,
      String documento,
      boolean adjuntado) {}

  @GetMapping("/api/documentos/pendientes")
  public List<Pendiente> pendientes(Authentication usuario) {
    List<Pendiente> pendientes = new ArrayList<>();
    for (Task task : tareas.de(usuario, requeridos.tareas())) {
      String convenio = tareas.convenio(task);
      requeridos
          .de(task)
          .ifPresent(
              requerido ->
                  pendientes.add(
                      new Pendiente(
                          task.getId(),
                          task.getName(),
                          convenio,
                          requerido.tipo(),
                          requerido.referencia(),
                          requerido.tipo().nombre(),
                          convenio != null
                              && documentos.existe(
                                  convenio, requerido.tipo(), requerido.referencia()))));
    }
    return pendientes;
  }
}
