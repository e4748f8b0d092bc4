package cl.conveniosomm.demo;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.decreto.firma.FirmaElectronica;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.Tareas;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
 * A convenio for every onboarded comuna of the Coquimbo region, at different stages, so Tasklist,
 * Cockpit and the compliance dashboard show a living system the first time someone opens them: just
 * registered (La Serena's DIDECO has the first task), in legal review, and in force for months or
 * years with reports due or overdue. Created once, in the demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "omm.demo.convenios", havingValue = "true", matchIfMissing = true)
public class DemoConvenios {

  enum Etapa {
    REGISTRADO,
    EN_REVISION_JURIDICA,
    VIGENTE
  }

  record ConvenioDemo(String comuna, LocalDate suscripcion, Etapa etapa) {}

  /** Every comuna of the Coquimbo region but Río Hurtado, which has no convenio yet. */
  static final List<ConvenioDemo> CONVENIOS =
      List.of(
          new ConvenioDemo("04101", LocalDate.parse("2026-11-02"), Etapa.REGISTRADO),
          new ConvenioDemo("04102", LocalDate.parse("2026-09-15"), Etapa.EN_REVISION_JURIDICA),
          new ConvenioDemo("04103", LocalDate.parse("2025-03-03"), Etapa.VIGENTE),
          new ConvenioDemo("04104", LocalDate.parse("2026-08-03"), Etapa.EN_REVISION_JURIDICA),
          new ConvenioDemo("04105", LocalDate.parse("2026-03-02"), Etapa.VIGENTE),
          new ConvenioDemo("04106", LocalDate.parse("2026-03-02"), Etapa.VIGENTE),
          new ConvenioDemo("04201", LocalDate.parse("2026-10-01"), Etapa.REGISTRADO),
          new ConvenioDemo("04202", LocalDate.parse("2025-09-01"), Etapa.VIGENTE),
          new ConvenioDemo("04203", LocalDate.parse("2024-06-03"), Etapa.VIGENTE),
          new ConvenioDemo("04204", LocalDate.parse("2026-07-01"), Etapa.EN_REVISION_JURIDICA),
          new ConvenioDemo("04301", LocalDate.parse("2026-09-01"), Etapa.REGISTRADO),
          new ConvenioDemo("04302", LocalDate.parse("2025-06-02"), Etapa.VIGENTE),
          new ConvenioDemo("04303", LocalDate.parse("2026-01-05"), Etapa.VIGENTE),
          new ConvenioDemo("04304", LocalDate.parse("2026-11-10"), Etapa.REGISTRADO));

  private static final Logger LOG = LoggerFactory.getLogger(DemoConvenios.class);
  private static final byte[] PDF = PdfDemostracion.de("Documento de demostración");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DocumentoService documentos;
  private final ConvenioRepository convenios;
  private final CatalogoComunas catalogo;
  private final FirmaElectronica firmaElectronica;

  public DemoConvenios(
      RuntimeService runtimeService,
      TaskService taskService,
      DocumentoService documentos,
      ConvenioRepository convenios,
      CatalogoComunas catalogo,
      FirmaElectronica firmaElectronica) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.documentos = documentos;
    this.convenios = convenios;
    this.catalogo = catalogo;
    this.firmaElectronica = firmaElectronica;
  }

  @Order(3)
  @EventListener(ApplicationReadyEvent.class)
  public void crear() {
    if (convenios.hayConvenios()) {
      return;
    }
    for (ConvenioDemo demo : CONVENIOS) {
      String convenio = registrar(demo.comuna(), demo.suscripcion());
      if (demo.etapa() != Etapa.REGISTRADO) {
        aprobarHastaRevision(convenio, demo.suscripcion());
      }
      if (demo.etapa() == Etapa.VIGENTE) {
        aprobar(convenio, demo.suscripcion());
      }
    }
    LOG.info(
        "Convenios de demostración de la Región de Coquimbo: {}",
        CONVENIOS.stream()
            .map(demo -> demo.comuna() + " " + demo.etapa().name().toLowerCase())
            .toList());
  }

  private void aprobar(String convenio, LocalDate suscripcion) {
    completar(
        convenio,
        Tareas.REVISAR_CONVENIO,
        Map.of(
            "juridicaOrdNumero",
            "12-310",
            "juridicaOrdFecha",
            dia(suscripcion, 18),
            "revisionJuridica",
            "CONFORME"));
    completar(
        convenio,
        Tareas.EMITIR_CERTIFICADO_DAF,
        Map.of("dafCertificadoFecha", dia(suscripcion, 25)));
    completar(
        convenio,
        Tareas.REMITIR_ANTECEDENTES,
        Map.of("remisionOrdNumero", "07/211", "remisionOrdFecha", dia(suscripcion, 28)));
    completar(
        convenio,
        Tareas.EMITIR_RESOLUCION,
        Map.of("resolucionNumero", "41/IV", "resolucionFecha", dia(suscripcion, 35)));
    completar(
        convenio,
        Tareas.SOLICITAR_DECRETO,
        Map.of("memoDecretoNumero", "07/260", "memoDecretoFecha", dia(suscripcion, 39)));
    completar(
        convenio,
        Tareas.PREPARAR_BORRADOR_DECRETO,
        Map.of(
            "borradorRevisado",
            true,
            "secretarioFirmanteNombre",
            "Carla Díaz Vega",
            "secretarioFirmanteSexo",
            "F",
            "secretarioFirmanteCalidad",
            "TITULAR"));
    if (firmaElectronica.deConvenio(convenio).isPresent()) {
      // signed electronically here: the decreto waits for the Alcalde's signature in Tasklist
      LOG.info("Convenio de demostración {}: el decreto espera la firma del Alcalde", convenio);
      return;
    }
    completar(convenio, Tareas.FIRMAR_DECRETO, Map.of("firmaAlcalde", "FIRMADO"));
    documentos.guardar(convenio, TipoDocumento.DECRETO_FIRMADO, "decreto.pdf", PDF, "secretaria");
    completar(
        convenio,
        Tareas.NUMERAR_DECRETO,
        Map.of("decretoNumero", "1204", "decretoFecha", dia(suscripcion, 44)));
  }

  private static String dia(LocalDate suscripcion, int dias) {
    return suscripcion.plusDays(dias).toString();
  }

  private String registrar(String comuna, LocalDate suscripcion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("comunaCodigo", comuna);
    variables.put("fechaSuscripcion", suscripcion.toString());
    variables.put("lugarSuscripcion", catalogo.porCodigo(comuna).orElseThrow().nombre());
    variables.put("tipoMecanismo", "OFICINA_MUNICIPAL");
    variables.put("ordSernamegNumero", "318");
    variables.put("ordSernamegFecha", suscripcion.toString());
    variables.put("contraparteNombre", "Contraparte técnica (demo)");
    variables.put("contraparteEmail", "sernameg@demo.convenios-omm.cl");
    variables.put("directorDidecoNombre", "Dirección DIDECO (demo)");
    variables.put("directorDidecoEmail", "dideco@demo.convenios-omm.cl");
    variables.put("encargadaOmmNombre", "Encargada OMM (demo)");
    variables.put("encargadaOmmEmail", "omm@demo.convenios-omm.cl");
    variables.put("sernamegFirmanteNombre", "María Pérez Rojas");
    variables.put("sernamegFirmanteSexo", "F");
    variables.put("sernamegFirmanteCalidad", "TITULAR");
    variables.put("municipioFirmanteNombre", "Juan Soto Muñoz");
    variables.put("municipioFirmanteSexo", "M");
    variables.put("municipioFirmanteCalidad", "TITULAR");
    return runtimeService
        .startProcessInstanceByKey(Procesos.CONVENIO_OMM, variables)
        .getBusinessKey();
  }

  private void aprobarHastaRevision(String convenio, LocalDate suscripcion) {
    documentos.guardar(convenio, TipoDocumento.CONVENIO_FIRMADO, "convenio.pdf", PDF, "dideco");
    completar(
        convenio,
        Tareas.SOLICITAR_REVISION,
        Map.of("didecoOrdNumero", "2101", "didecoOrdFecha", dia(suscripcion, 8)));
  }

  private void completar(String convenio, String tarea, Map<String, Object> variables) {
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .taskDefinitionKey(tarea)
            .singleResult()
            .getId();
    taskService.complete(taskId, variables);
  }
}
