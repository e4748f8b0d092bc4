package cl.conveniosomm.decreto;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import java.util.Arrays;

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

  private static final String[] TAREAS_CON_DOCUMENTO = Arrays.stream(PasoAprobacion.values())
      .filter(paso -> paso.documento().isPresent()).map(PasoAprobacion::tarea).toArray(String[]::new);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final DocumentoService documentos;

  public DocumentosPendientesController(TaskService taskService, RuntimeService runtimeService,
      DocumentoService documentos) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.documentos = documentos;
  }

  public record Pendiente(String tareaId, String tarea, String convenioId, TipoDocumento tipo, String documento,
      boolean adjuntado) {
  }

  @GetMapping("/api/documentos/pendientes")
  public List<Pendiente> pendientes(Authentication usuario) {
    List<String> grupos = usuario.getAuthorities().stream()
        .map(authority -> authority.getAuthority().substring("GROUP_".length())).toList();
    Map<String, Task> tareas = new LinkedHashMap<>();
    String[] claves = TAREAS_CON_DOCUMENTO;
    taskService.createTaskQuery().taskDefinitionKeyIn(claves).taskAssignee(usuario.getName())
        .listPage(0, 200).forEach(task -> tareas.put(task.getId(), task));
    if (!grupos.isEmpty()) {
      taskService.createTaskQuery().taskDefinitionKeyIn(claves).taskCandidateGroupIn(grupos)
          .listPage(0, 200).forEach(task -> tareas.putIfAbsent(task.getId(), task));
    }
    List<Pendiente> pendientes = new ArrayList<>();
    for (Task task : tareas.values()) {
      String convenio = businessKey(task);
      TipoDocumento tipo = PasoAprobacion.deTarea(task.getTaskDefinitionKey()).flatMap(PasoAprobacion::documento)
          .orElseThrow();
      pendientes.add(new Pendiente(task.getId(), task.getName(), convenio, tipo, tipo.nombre(),
          convenio != null && documentos.existe(convenio, tipo)));
    }
    return pendientes;
  }

  private String businessKey(Task task) {
    var instancia = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instancia == null ? null : instancia.getBusinessKey();
  }
}
