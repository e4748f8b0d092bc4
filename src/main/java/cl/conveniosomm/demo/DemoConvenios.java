package cl.conveniosomm.demo;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.proceso.Procesos;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Convenios of the Coquimbo region at different stages, so Tasklist and Cockpit show a living
 * system the first time someone opens them: one just registered, one in legal review, one in force
 * with its first semestral report overdue. Created once, in the demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "omm.demo.convenios", havingValue = "true", matchIfMissing = true)
public class DemoConvenios {

  private static final Logger LOG = LoggerFactory.getLogger(DemoConvenios.class);
  private static final byte[] PDF = "%PDF-1.4\n% documento de demostracion\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DocumentoService documentos;
  private final ConvenioRepository convenios;

  public DemoConvenios(RuntimeService runtimeService, TaskService taskService, DocumentoService documentos,
      ConvenioRepository convenios) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.documentos = documentos;
    this.convenios = convenios;
  }

  @Order(2)
  @EventListener(ApplicationReadyEvent.class)
  public void crear() {
    if (!convenios.findActivos("04301").isEmpty() || !convenios.findActivos("04106").isEmpty()) {
      return;
    }
    registrar("04301", "Ovalle", "2026-09-01");
    String vicuna = registrar("04106", "Vicuña", "2026-03-02");
    aprobarHastaRevision(vicuna);
    completar(vicuna, "Task_RevisarConvenio", Map.of("juridicaOrdNumero", "12-310", "juridicaOrdFecha", "2026-03-20",
        "revisionJuridica", "CONFORME"));
    completar(vicuna, "Task_EmitirCertificadoDaf", Map.of("dafCertificadoFecha", "2026-03-27"));
    completar(vicuna, "Task_RemitirAntecedentes", Map.of("remisionOrdNumero", "07/211", "remisionOrdFecha", "2026-03-30"));
    completar(vicuna, "Task_EmitirResolucion", Map.of("resolucionNumero", "41/IV", "resolucionFecha", "2026-04-06"));
    completar(vicuna, "Task_SolicitarDecreto", Map.of("memoDecretoNumero", "07/260", "memoDecretoFecha", "2026-04-10"));
    completar(vicuna, "Task_PrepararBorradorDecreto", Map.of("borradorRevisado", true));
    completar(vicuna, "Task_FirmarDecreto", Map.of("firmaAlcalde", "FIRMADO"));
    documentos.guardar(vicuna, TipoDocumento.DECRETO_FIRMADO, "decreto.pdf", PDF, "secretaria");
    completar(vicuna, "Task_NumerarDecreto", Map.of("decretoNumero", "1204", "decretoFecha", "2026-04-15"));
    String laHiguera = registrar("04104", "La Higuera", "2026-08-03");
    aprobarHastaRevision(laHiguera);
    LOG.info("Convenios de demostración: 04301 Ovalle (registrado), 04104 La Higuera (en revisión jurídica), "
        + "04106 Vicuña (vigente; su primer informe semestral vence pronto o ya venció)");
  }

  private String registrar(String comuna, String nombre, String suscripcion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("comunaCodigo", comuna);
    variables.put("fechaSuscripcion", suscripcion);
    variables.put("lugarSuscripcion", nombre);
    variables.put("tipoMecanismo", "OFICINA_MUNICIPAL");
    variables.put("ordSernamegNumero", "318");
    variables.put("ordSernamegFecha", suscripcion);
    variables.put("contraparteNombre", "Contraparte técnica (demo)");
    variables.put("contraparteEmail", "sernameg@demo.convenios-omm.cl");
    variables.put("directorDidecoNombre", "Dirección DIDECO (demo)");
    variables.put("directorDidecoEmail", "dideco@demo.convenios-omm.cl");
    variables.put("encargadaOmmNombre", "Encargada OMM (demo)");
    variables.put("encargadaOmmEmail", "omm@demo.convenios-omm.cl");
    return runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, variables).getBusinessKey();
  }

  private void aprobarHastaRevision(String convenio) {
    documentos.guardar(convenio, TipoDocumento.CONVENIO_FIRMADO, "convenio.pdf", PDF, "dideco");
    completar(convenio, "Task_SolicitarRevision", Map.of("didecoOrdNumero", "2101", "didecoOrdFecha", "2026-03-10"));
  }

  private void completar(String convenio, String tarea, Map<String, Object> variables) {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(convenio).taskDefinitionKey(tarea)
        .singleResult().getId();
    taskService.complete(taskId, variables);
  }
}
