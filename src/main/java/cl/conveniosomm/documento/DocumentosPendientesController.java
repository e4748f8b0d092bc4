package cl.conveniosomm.documento;

import cl.conveniosomm.proceso.TareasAbiertas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
  private final TaskService taskService;
  private final DocumentoService documentos;
  private final List<DocumentoDeTarea> proveedores;

  public DocumentosPendientesController(TareasAbiertas tareas, TaskService taskService, DocumentoService documentos,
      List<DocumentoDeTarea> proveedores) {
    this.tareas = tareas;
    this.taskService = taskService;
    this.documentos = documentos;
    this.proveedores = proveedores;
  }

  public record Pendiente(String tareaId, String tarea, String convenioId, TipoDocumento tipo, String referencia,
      String documento, boolean adjuntado) {
  }

  @GetMapping("/api/documentos/pendientes")
  public List<Pendiente> pendientes(Authentication usuario) {
    String[] claves = proveedores.stream().flatMap(proveedor -> proveedor.tareas().stream()).toArray(String[]::new);
    List<Pendiente> pendientes = new ArrayList<>();
    for (Task task : tareas.de(usuario, claves)) {
      String convenio = tareas.convenio(task);
      Map<String, Object> variables = taskService.getVariables(task.getId());
      proveedores.stream().flatMap(proveedor -> proveedor.requerido(task.getTaskDefinitionKey(), variables).stream())
          .findFirst()
          .ifPresent(requerido -> pendientes.add(new Pendiente(task.getId(), task.getName(), convenio, requerido.tipo(),
              requerido.referencia(), requerido.tipo().nombre(),
              convenio != null && documentos.existe(convenio, requerido.tipo(), requerido.referencia()))));
    }
    return pendientes;
  }
}
