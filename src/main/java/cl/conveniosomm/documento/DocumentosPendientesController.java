package cl.conveniosomm.documento;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final DocumentoService documentos;
  private final List<DocumentoDeTarea> proveedores;

  public DocumentosPendientesController(TaskService taskService, RuntimeService runtimeService,
      DocumentoService documentos, List<DocumentoDeTarea> proveedores) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.documentos = documentos;
    this.proveedores = proveedores;
  }

  public record Pendiente(String tareaId, String tarea, String convenioId, TipoDocumento tipo, String referencia,
      String documento, boolean adjuntado) {
  }

  @GetMapping("/api/documentos/pendientes")
  public List<Pendiente> pendientes(Authentication usuario) {
    List<String> grupos = usuario.getAuthorities().stream()
        .map(authority -> authority.getAuthority().substring("GROUP_".length())).toList();
    String[] claves = proveedores.stream().flatMap(proveedor -> proveedor.tareas().stream()).toArray(String[]::new);
    Map<String, Task> tareas = new LinkedHashMap<>();
    taskService.createTaskQuery().taskDefinitionKeyIn(claves).taskAssignee(usuario.getName())
        .listPage(0, 200).forEach(task -> tareas.put(task.getId(), task));
    if (!grupos.isEmpty()) {
      taskService.createTaskQuery().taskDefinitionKeyIn(claves).taskCandidateGroupIn(grupos)
          .listPage(0, 200).forEach(task -> tareas.putIfAbsent(task.getId(), task));
    }
    List<Pendiente> pendientes = new ArrayList<>();
    for (Task task : tareas.values()) {
      String convenio = businessKey(task);
      Map<String, Object> variables = taskService.getVariables(task.getId());
      proveedores.stream().flatMap(proveedor -> proveedor.requerido(task.getTaskDefinitionKey(), variables).stream())
          .findFirst()
          .ifPresent(requerido -> pendientes.add(new Pendiente(task.getId(), task.getName(), convenio, requerido.tipo(),
              requerido.referencia(), requerido.tipo().nombre(),
              convenio != null && documentos.existe(convenio, requerido.tipo(), requerido.referencia()))));
    }
    return pendientes;
  }

  private String businessKey(Task task) {
    var instancia = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instancia == null ? null : instancia.getBusinessKey();
  }
}
