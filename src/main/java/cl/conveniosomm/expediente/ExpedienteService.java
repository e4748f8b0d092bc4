package cl.conveniosomm.expediente;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.decreto.AntecedenteService;
import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.notificacion.correo.CorreoProperties;
import cl.conveniosomm.notificacion.correo.DocumentosAdjuntos;
import cl.conveniosomm.notificacion.correo.Eml;
import cl.conveniosomm.notificacion.correo.MensajeSaliente;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.proceso.DecisionTarea;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Fechas;
import cl.conveniosomm.system.texto.PdfDesdeXhtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The expediente electrónico of a convenio (Ley 21.180): one ZIP with an index PDF (antecedentes,
 * tasks and decisions in order, documents with their hashes, emails), every document version and
 * every email the system sent about it, so an auditor can follow the case without the system.
 */
@Service
public class ExpedienteService {

  /**
   * A finished task as the index lists it: when (Santiago time), who did it and the group it was
   * routed to.
   */
  public record FilaTarea(
      Instant terminada,
      String cuando,
      String tarea,
      String quien,
      String grupo,
      String resultado) {}

  private final AntecedenteService antecedentes;
  private final DocumentoService documentos;
  private final OutboxRepository correos;
  private final HistoryService historyService;
  private final CorreoProperties correo;
  private final Reloj reloj;
  private final ConvenioRepository convenios;
  private final CatalogoComunas comunas;
  private final DocumentosAdjuntos adjuntos;
  private final SpringTemplateEngine motor = new SpringTemplateEngine();

  public ExpedienteService(
      AntecedenteService antecedentes,
      DocumentoService documentos,
      OutboxRepository correos,
      HistoryService historyService,
      CorreoProperties correo,
      Reloj reloj,
      ConvenioRepository convenios,
      CatalogoComunas comunas,
      DocumentosAdjuntos adjuntos) {
    this.adjuntos = adjuntos;
    this.antecedentes = antecedentes;
    this.documentos = documentos;
    this.correos = correos;
    this.historyService = historyService;
    this.correo = correo;
    this.reloj = reloj;
    this.convenios = convenios;
    this.comunas = comunas;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/expediente/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    motor.setTemplateResolver(resolver);
  }

  public byte[] zip(String convenioId) {
    List<Documento> versiones = documentos.deConvenio(convenioId);
    List<MensajeSaliente> enviados = correos.findByConvenio(convenioId);
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entrada(zip, "indice.pdf", indice(convenioId, versiones, enviados));
      StringBuilder hashes = new StringBuilder();
      for (Documento documento : versiones) {
        String nombre =
            documento.tipo().name().toLowerCase()
                + (documento.referencia().isEmpty() ? "" : "-" + documento.referencia())
                + "-v"
                + documento.version()
                + "-"
                + documento.nombre();
        entrada(zip, "documentos/" + nombre, documentos.contenido(documento));
        // named as seen from the folder SHA256SUMS is in, so `sha256sum -c SHA256SUMS` runs there
        hashes.append(documento.sha256()).append("  ").append(nombre).append('\n');
      }
      entrada(zip, "documentos/SHA256SUMS", hashes.toString().getBytes(StandardCharsets.UTF_8));
      int n = 0;
      for (MensajeSaliente mensaje : enviados) {
        entrada(
            zip,
            String.format("correos/%04d-%s.eml", ++n, mensaje.estado().name().toLowerCase()),
            Eml.de(mensaje, correo.from(), adjuntos));
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finished tasks of every process of the convenio, in the order they ended, with their decision.
   */
  public List<FilaTarea> tareas(String convenioId) {
    List<String> instancias =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(convenioId)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    List<FilaTarea> filas = new ArrayList<>();
    for (String instancia : instancias) {
      for (HistoricTaskInstance task :
          historyService
              .createHistoricTaskInstanceQuery()
              .processInstanceId(instancia)
              .finished()
              .list()) {
        Instant terminada = task.getEndTime().toInstant();
        filas.add(
            new FilaTarea(
                terminada,
                Fechas.momento(terminada),
                task.getName(),
                quien(task),
                grupos(task),
                resultado(task)));
      }
    }
    filas.sort(Comparator.comparing(FilaTarea::terminada));
    return filas;
  }

  /**
   * Who completed it: its assignee, or the person the operation log names (a group task completed
   * unclaimed).
   */
  private String quien(HistoricTaskInstance task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return historyService
        .createUserOperationLogQuery()
        .taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .list()
        .stream()
        .map(UserOperationLogEntry::getUserId)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(
            task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())
                ? "—"
                : "sistema");
  }

  private String grupos(HistoricTaskInstance task) {
    return historyService
        .createHistoricIdentityLinkLogQuery()
        .taskId(task.getId())
        .type(IdentityLinkType.CANDIDATE)
        .list()
        .stream()
        .map(HistoricIdentityLinkLog::getGroupId)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private String resultado(HistoricTaskInstance task) {
    if (task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
      return "cancelada (" + task.getDeleteReason() + ")";
    }
    // the decision as it was when this task ended (a document sent back and reviewed again has
    // several)
    return DecisionTarea.deTarea(task.getTaskDefinitionKey())
        .flatMap(
            decision ->
                historyService
                    .createHistoricDetailQuery()
                    .variableUpdates()
                    .processInstanceId(task.getProcessInstanceId())
                    .list()
                    .stream()
                    .map(HistoricVariableUpdate.class::cast)
                    .filter(update -> decision.variable().equals(update.getVariableName()))
                    .filter(update -> !update.getTime().after(task.getEndTime()))
                    .max(Comparator.comparing(HistoricVariableUpdate::getTime))
                    .map(update -> String.valueOf(update.getValue()).toLowerCase()))
        .orElse("completada");
  }

  private byte[] indice(
      String convenioId, List<Documento> versiones, List<MensajeSaliente> enviados) {
    Context contexto = new Context();
    contexto.setVariable("convenio", convenioId);
    contexto.setVariable("municipalidad", municipalidad(convenioId));
    contexto.setVariable("generado", Fechas.momento(reloj.ahora()));
    contexto.setVariable("antecedentes", antecedentes.deConvenio(convenioId));
    contexto.setVariable("tareas", tareas(convenioId));
    contexto.setVariable("documentos", versiones);
    contexto.setVariable("correos", enviados);
    return PdfDesdeXhtml.de(motor.process("indice", contexto));
  }

  /** Who keeps the record, as the PDF's author. */
  private String municipalidad(String convenioId) {
    return convenios
        .comunaCodigo(convenioId)
        .flatMap(comunas::porCodigo)
        .map(Comuna::nombre)
        .map(nombre -> "Ilustre Municipalidad de " + nombre)
        .orElse(null);
  }

  private static void entrada(ZipOutputStream zip, String nombre, byte[] contenido)
      throws IOException {
    zip.putNextEntry(new ZipEntry(nombre));
    zip.write(contenido);
    zip.closeEntry();
  }
}
