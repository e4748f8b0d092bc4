package cl.conveniosomm.convenio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.expediente.ExpedienteService;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import cl.conveniosomm.plazo.recordatorio.ProgramadorRecordatorios;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.SemillaLaSerena;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A convenio's life with the engine clock moved across years: approved like La Serena's (decreto of
 * 16 March 2017), three yearly ciclos, six semestral reports (one observed, one late and
 * escalated), término in the middle of the fourth ciclo, Informe Final and cierre. Every due date
 * is the one counted by hand in días hábiles.
 */
class VidaConvenioEscenarioTest extends DemoApplicationTest {

  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final String CONVENIO = "04103-2016-12-19";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired DocumentoService documentos;
  @Autowired PlazoRepository plazos;
  @Autowired ProgramadorRecordatorios programador;
  @Autowired OutboxRepository outbox;
  @Autowired ConvenioRepository convenios;
  @Autowired TerminoConvenio termino;
  @Autowired ExpedienteService expedientes;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void threeYearsOfReportsThenTerminoFinalReportAndCierre() throws Exception {
    Map<String, Object> registro = Registro.laSerena();
    registro.put("comunaCodigo", "04103");
    ProcessInstance principal =
        new SemillaLaSerena(processEngine, documentos, CONVENIO).registrarYAprobar(registro);
    this.principal = principal.getId();

    // the first ciclo starts with vigencia, with the diagnóstico; its plan is due 60 días hábiles
    // later
    ciclo(
        true,
        LocalDate.of(2017, 6, 13),
        false); // 60 días hábiles from the decreto, the Censo of 19 April 2017 among the holidays
    informeAprobado("2017-1", LocalDate.of(2017, 7, 14));
    informeAprobado("2017-2", LocalDate.of(2018, 1, 15));
    ciclo(false, LocalDate.of(2018, 3, 31), true);
    // 2 July 2018 (San Pedro y San Pablo, moved) and 16 July 2018 (Virgen del Carmen) are holidays
    Task observado = informeEnviado("2018-1", LocalDate.of(2018, 7, 17));
    SemillaLaSerena.el("2018-07-20");
    taskService.complete(
        observado.getId(),
        Map.of(
            "revisionInforme",
            "OBSERVADO",
            "informeObservaciones",
            "Falta el presupuesto ejecutado"));
    Task corregir = tareaDe("2018-1");
    assertThat(venceDe(corregir))
        .as("10 días hábiles after the observation")
        .isEqualTo(LocalDate.of(2018, 8, 3));
    enviarYAprobar(corregir, "2018-1", "2018-08-01");

    Task atrasado = abrirSiguiente("2018-2", LocalDate.of(2019, 1, 15));
    SemillaLaSerena.el("2019-01-25");
    dispararRecordatorios(atrasado, LocalDate.of(2019, 1, 25));
    assertThat(plazos.find(CONVENIO, EstadoPlazo.VENCIDO, LocalDate.of(2019, 1, 25), 10))
        .extracting(plazo -> plazo.vence())
        .containsExactly(LocalDate.of(2019, 1, 15));
    String plazo = plazos.findByObligacion(CONVENIO, obligacion(atrasado)).orElseThrow().id();
    assertThat(outbox.find(null, false, 500))
        .as("the late report escalated to the DIDECO director")
        .anySatisfy(
            m ->
                assertThat(m.clave())
                    .isEqualTo("plazo/" + plazo + "/4/director.dideco@laserena.cl"));
    enviarYAprobar(atrasado, "2018-2", "2019-01-28");

    ciclo(true, LocalDate.of(2019, 3, 31), false);
    informeAprobado("2019-1", LocalDate.of(2019, 7, 12));
    informeAprobado("2019-2", LocalDate.of(2020, 1, 15));
    dispararTimer("Timer_InicioCiclo");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(CONVENIO)
                .taskDefinitionKey("Task_PrepararAgenda")
                .count())
        .as("the 2020 ciclo is under way")
        .isEqualTo(1);

    SemillaLaSerena.el("2020-03-06");
    termino.terminar(
        CONVENIO, "2020-03-06", "Acuerdo de las partes", "sernameg", List.of("sernameg"));

    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(principal.getId())
                .timers()
                .count())
        .as("no semester nor ciclo left waiting")
        .isZero();
    Task informeFinal = tareaDe("final");
    assertThat(venceDe(informeFinal)).isEqualTo(LocalDate.of(2020, 4, 3));
    assertThat(runtimeService.getVariables(informeFinal.getProcessInstanceId()).keySet())
        .as("the Informe Final gets what a semestral report gets, not the convenio's variables")
        .containsExactlyInAnyOrder(
            "comuna",
            "comunaCodigo",
            "convenioEtiqueta",
            "contraparteEmail",
            "directorDidecoEmail",
            "tipoInforme",
            "periodoCodigo",
            "periodoNombre",
            "venceInforme");
    enviarYAprobar(informeFinal, "final", "2020-03-30");

    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(principal.getId())
                .count())
        .isZero();
    assertThat(convenios.estado(CONVENIO)).contains("CERRADO");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(CONVENIO).count()).isZero();
    assertThat(plazos.find(CONVENIO, null, LocalDate.of(2020, 3, 30), 500))
        .as("no reminder left")
        .isNotEmpty()
        .allSatisfy(cerrado -> assertThat(cerrado.proximoRecordatorio()).isNull());

    expedienteCompleto();
  }

  private static boolean adjuntaPdf(byte[] eml, byte[] pdf) {
    try {
      var mensaje =
          new jakarta.mail.internet.MimeMessage(
              jakarta.mail.Session.getInstance(new java.util.Properties()),
              new java.io.ByteArrayInputStream(eml));
      if (!(mensaje.getContent() instanceof jakarta.mail.Multipart partes)) {
        return false;
      }
      for (int i = 0; i < partes.getCount(); i++) {
        var parte = partes.getBodyPart(i);
        if (parte.isMimeType("application/pdf")
            && java.util.Arrays.equals(parte.getInputStream().readAllBytes(), pdf)) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The expediente holds the index, every document version with its hash and every email. */
  private void expedienteCompleto() throws Exception {
    Map<String, byte[]> entradas = new java.util.LinkedHashMap<>();
    try (var zip =
        new java.util.zip.ZipInputStream(
            new java.io.ByteArrayInputStream(expedientes.zip(CONVENIO)))) {
      for (var entrada = zip.getNextEntry(); entrada != null; entrada = zip.getNextEntry()) {
        entradas.put(entrada.getName(), zip.readAllBytes());
      }
    }
    var versiones = documentos.deConvenio(CONVENIO);
    assertThat(entradas.keySet())
        .filteredOn(nombre -> nombre.startsWith("documentos/") && !nombre.endsWith("SHA256SUMS"))
        .hasSize(versiones.size());
    String sumas =
        new String(entradas.get("documentos/SHA256SUMS"), java.nio.charset.StandardCharsets.UTF_8);
    entradas.forEach(
        (nombre, contenido) -> {
          if (nombre.startsWith("documentos/") && !nombre.endsWith("SHA256SUMS")) {
            assertThat(sumas)
                .contains(sha256(contenido) + "  " + nombre.substring("documentos/".length()));
          }
        });
    // an auditor unzips it and checks the documents where they are, with the standard tool
    java.nio.file.Path carpeta =
        java.nio.file.Files.createTempDirectory("expediente").resolve("documentos");
    java.nio.file.Files.createDirectories(carpeta);
    for (var entrada : entradas.entrySet()) {
      if (entrada.getKey().startsWith("documentos/")) {
        java.nio.file.Files.write(
            carpeta.resolve(entrada.getKey().substring("documentos/".length())),
            entrada.getValue());
      }
    }
    Process sha256sum =
        new ProcessBuilder("sha256sum", "-c", "SHA256SUMS")
            .directory(carpeta.toFile())
            .redirectErrorStream(true)
            .start();
    String verificacion =
        new String(
            sha256sum.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(sha256sum.waitFor()).as(verificacion).isZero();
    assertThat(verificacion.lines())
        .hasSize(versiones.size())
        .allMatch(linea -> linea.endsWith(": OK"));
    assertThat(entradas.keySet())
        .filteredOn(nombre -> nombre.startsWith("correos/"))
        .hasSize(outbox.findByConvenio(CONVENIO).size())
        .isNotEmpty();
    // the distribution's emails as they went: with the signed decreto attached
    byte[] decreto =
        documentos.contenido(
            documentos
                .vigente(CONVENIO, cl.conveniosomm.documento.TipoDocumento.DECRETO_FIRMADO, "")
                .orElseThrow());
    List<String> conDecreto =
        entradas.entrySet().stream()
            .filter(entrada -> entrada.getKey().startsWith("correos/"))
            .filter(entrada -> adjuntaPdf(entrada.getValue(), decreto))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(conDecreto).isNotEmpty();
    String indice;
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(entradas.get("indice.pdf"))) {
      indice = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    // narrow table cells wrap numbers such as 05-749 when the PDF's text is extracted
    assertThat(indice.replaceAll(" ", "")).contains("4309", "05-749", "108/IV", "07/690", "378");
    // Santiago time in Spanish, who registered and who completed each task, and her group; no UTC
    // stamps
    assertThat(indice)
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
        .doesNotContain("sin asignar")
        .containsPattern("\\d{1,2} de [a-z]+ de 20\\d\\d, \\d\\d:\\d\\d")
        .contains("asesoria-juridica");
    assertThat(indice)
        .contains(
            "Revisar convenio",
            "Firmar decreto",
            "Preparar y enviar informe (1er semestre 2018)",
            "Revisar informe (1er semestre 2018)",
            "observado",
            "Aprobar plan",
            "Informe Final",
            "cancelada");
    assertThat(expedientes.tareas(CONVENIO))
        .as("the index follows the history")
        .hasSize(
            (int)
                processEngine
                    .getHistoryService()
                    .createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(CONVENIO)
                    .finished()
                    .count());
  }

  private static String sha256(byte[] contenido) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(contenido));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String principal;

  /** The next ciclo starts; every step is completed, the plan on its due date at the latest. */
  private void ciclo(boolean conDiagnostico, LocalDate vencePlan, boolean actualizarDiagnostico) {
    dispararTimer("Timer_InicioCiclo");
    if (conDiagnostico) {
      completarCiclo(
          "Task_PrepararDiagnostico",
          Map.of(
              "ibbAutonomiaFisica",
              "Violencia de género",
              "ibbAutonomiaEconomica",
              "Brecha salarial",
              "ibbAutonomiaPolitica",
              "Baja participación en el concejo",
              "diagnosticoParticipacion",
              "Tres diálogos ciudadanos, 120 mujeres"));
      completarCiclo("Task_RevisarDiagnostico", Map.of("revisionDiagnostico", "CONFORME"));
    } else {
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(CONVENIO)
                  .taskDefinitionKey("Task_PrepararDiagnostico")
                  .count())
          .isZero();
    }
    completarCiclo(
        "Task_PrepararAgenda",
        Map.of("agendaObjetivos", "Autonomía económica", "agendaResponsables", "DIDECO"));
    completarCiclo("Task_RevisarAgenda", Map.of("revisionAgenda", "CONFORME"));
    completarCiclo("Task_AprobarAgenda", Map.of("aprobacionAgenda", "APROBADA"));
    Task plan =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(CONVENIO)
            .taskDefinitionKey("Task_PrepararPlan")
            .singleResult();
    assertThat(venceDe(plan)).as("plan anual").isEqualTo(vencePlan);
    // the ciclo receives only the convenio's variables it uses: its deadlines still know whom to
    // tell
    var plazoDelPlan = plazos.findByObligacion(CONVENIO, obligacion(plan)).orElseThrow();
    assertThat(plazoDelPlan.comunaNombre()).isNotBlank().isNotEqualTo("(comuna no registrada)");
    assertThat(plazoDelPlan.escalamiento()).contains("director.dideco@laserena.cl");
    assertThat(plazoDelPlan.contraparte()).isNotEmpty();
    assertThat(runtimeService.getVariables(plan.getProcessInstanceId()))
        .doesNotContainKey("ordSernamegNumero");
    taskService.complete(
        plan.getId(),
        Map.of(
            "planActividades",
            "Escuela de líderes",
            "planPresupuesto",
            12_000_000,
            "actualizarDiagnostico",
            actualizarDiagnostico));
    completarCiclo("Task_RevisarPlan", Map.of("revisionPlan", "CONFORME"));
    completarCiclo("Task_AprobarPlan", Map.of("aprobacionPlan", "APROBADO"));
  }

  private void completarCiclo(String tarea, Map<String, Object> variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(CONVENIO)
            .taskDefinitionKey(tarea)
            .singleResult();
    taskService.complete(task.getId(), variables);
  }

  /** Fires the main process's timer of that activity, moving the clock to it when it is ahead. */
  private void dispararTimer(String actividad) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(principal)
            .activityId(actividad)
            .singleResult();
    if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(timer.getDuedate());
    }
    managementService.executeJob(timer.getId());
  }

  private void informeAprobado(String periodo, LocalDate vence) {
    Task preparar = abrirSiguiente(periodo, vence);
    enviarYAprobar(preparar, periodo, vence.minusDays(2).toString());
  }

  private Task informeEnviado(String periodo, LocalDate vence) {
    Task preparar = abrirSiguiente(periodo, vence);
    enviar(preparar, periodo, vence.minusDays(3).toString());
    return tareaDe(periodo);
  }

  /**
   * The main process's semester timer fires; the report of {@code periodo} is due on {@code vence}.
   */
  private Task abrirSiguiente(String periodo, LocalDate vence) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(principal)
            .activityId("Timer_FinSemestre")
            .singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    Task preparar = tareaDe(periodo);
    assertThat(preparar.getTaskDefinitionKey()).isEqualTo("Task_PrepararInforme");
    assertThat(venceDe(preparar)).as("informe " + periodo).isEqualTo(vence);
    return preparar;
  }

  private void enviarYAprobar(Task preparar, String periodo, String dia) {
    enviar(preparar, periodo, dia);
    taskService.complete(tareaDe(periodo).getId(), Map.of("revisionInforme", "APROBADO"));
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(CONVENIO)
                .processVariableValueEquals("periodoCodigo", periodo)
                .count())
        .isZero();
  }

  private void enviar(Task preparar, String periodo, String dia) {
    SemillaLaSerena.el(dia);
    TipoDocumento tipo =
        "final".equals(periodo) ? TipoDocumento.INFORME_FINAL : TipoDocumento.INFORME_SEMESTRAL;
    documentos.guardar(
        CONVENIO, tipo, periodo, "informe-" + periodo + ".pdf", Pdf.de(periodo), "omm");
    taskService.complete(
        preparar.getId(), Map.of("informeResumen", "Avance del período " + periodo));
    managementService
        .createJobQuery()
        .processInstanceId(preparar.getProcessInstanceId())
        .messages()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  /**
   * Moves the clock to each reminder of the task's deadline up to {@code hasta}, as the scheduler
   * would see it.
   */
  private void dispararRecordatorios(Task tarea, LocalDate hasta) {
    for (var proximo = proximoRecordatorio(tarea);
        proximo != null && !LocalDate.ofInstant(proximo.cuando(), SANTIAGO).isAfter(hasta);
        proximo = proximoRecordatorio(tarea)) {
      ClockUtil.setCurrentTime(java.util.Date.from(proximo.cuando()));
      programador.enviarVencidos();
    }
    SemillaLaSerena.el(hasta);
  }

  private ProximoRecordatorio proximoRecordatorio(Task tarea) {
    return plazos.findByObligacion(CONVENIO, obligacion(tarea)).orElseThrow().proximoRecordatorio();
  }

  private Task tareaDe(String periodo) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(CONVENIO)
        .processVariableValueEquals("periodoCodigo", periodo)
        .singleResult();
  }

  private static LocalDate venceDe(Task task) {
    return LocalDate.ofInstant(task.getDueDate().toInstant(), SANTIAGO);
  }

  private static String obligacion(Task task) {
    return "tarea-" + task.getId();
  }
}
