package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.TareasDeConvenio;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approval of a convenio as the people of a municipality live it, in headless Chromium: DIDECO
 * fills her form (and is told in Spanish what is wrong with a bad date), Asesoría Jurídica finds
 * the task in her group's list, and so on to the signed and numbered decreto, the signed convenio
 * and decreto attached inside their tasks (the «Documentos» tab); then the administrator finds the
 * convenio and its documents in Cockpit and SERNAMEG opens the dashboard. Screenshots of each step
 * go to target/capturas.
 */
@Tag("navegador")
class RecorridoAprobacionNavegadorTest extends DemoApplicationTest {

  /**
   * Coquimbo: La Serena's demo staff also work there in tests, and the demo's SERNAMEG office sees
   * it.
   */
  private static final String COMUNA = "04102";

  @Autowired ProcessEngine engine;
  @Autowired ConvenioRepository convenios;
  @Autowired OutboxSender sender;
  @Autowired DocumentoService documentos;

  private final Map<String, Navegador> sesiones = new java.util.LinkedHashMap<>();

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void theApprovalWalksFromDidecoToTheSignedDecretoInTheBrowser() throws Exception {
    Map<String, Object> registro = Registro.laSerena();
    registro.put("comuna", "Coquimbo");
    registro.put("comunaCodigo", COMUNA);
    registro.put("lugarSuscripcion", "Coquimbo");
    var instancia =
        engine.getRuntimeService().startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);
    String convenio = instancia.getBusinessKey();
    String principal = instancia.getId();

    // the signed PDFs are attached inside the task, in its «Documentos» tab, as a file picked from
    // disk
    Path carpeta = Files.createTempDirectory("recorrido");
    Path convenioFirmado =
        Files.write(carpeta.resolve("convenio-firmado.pdf"), Pdf.de("convenio firmado"));
    Path decretoFirmado =
        Files.write(carpeta.resolve("decreto-firmado.pdf"), Pdf.de("decreto firmado"));
    como(
        "dideco",
        navegador -> {
          TareaEnTasklist tarea =
              TareaEnTasklist.abrir(navegador, tarea(convenio, "Task_SolicitarRevision"))
                  .reclamar();
          String pestana = tarea.adjuntar(convenioFirmado, "1-dideco-documentos");
          assertThat(pestana)
              .contains("Guardado: convenio-firmado.pdf, versión 1")
              .contains("Adjuntado")
              .contains(sha256(convenioFirmado));
          assertThat(documentos.vigente(convenio, TipoDocumento.CONVENIO_FIRMADO, ""))
              .hasValueSatisfying(
                  documento -> {
                    assertThat(documento.sha256()).isEqualTo(sha256(convenioFirmado));
                    assertThat(documento.subidoPor()).isEqualTo("dideco");
                  });
          tarea.texto("didecoOrdNumero", "4309").fecha("didecoOrdFecha", LocalDate.of(2099, 10, 4));
          tarea.completar();
          assertThat(tarea.avisos("está en el futuro"))
              .contains("Ocurrió un error al enviar el formulario");
          assertThat(abierta(convenio, "Task_SolicitarRevision")).as("nothing moved").isTrue();
          tarea.fecha("didecoOrdFecha", LocalDate.of(2016, 10, 4)).captura("1-dideco-formulario");
          tarea.completar();
          navegador.esperar(d -> abierta(convenio, "Task_RevisarConvenio") ? true : null);
        });

    como(
        "juridica",
        navegador -> {
          By enLista =
              By.xpath(
                  "//section[contains(@class,'tasks-list')]//*[normalize-space(text())='Revisar convenio']");
          navegador.pulsarHasta(
              By.xpath(
                  "//div[contains(@class,'task-filter')][.//a[contains(normalize-space(),"
                      + "'Tareas de mi grupo')]]"),
              d -> !d.findElements(enLista).isEmpty());
          navegador.captura("2-juridica-bandeja");
          navegador.pulsarHasta(
              enLista, d -> !d.findElements(By.cssSelector(".fjs-form")).isEmpty());
          TareaEnTasklist revision =
              TareaEnTasklist.abrir(navegador, tarea(convenio, "Task_RevisarConvenio")).reclamar();
          // a later task shows the convenio's documents
          assertThat(revision.documentos("2-juridica-documentos"))
              .contains("convenio-firmado.pdf")
              .contains(sha256(convenioFirmado))
              .contains("Esta tarea no pide adjuntar un documento");
          revision
              .texto("juridicaOrdNumero", "05-102")
              .fecha("juridicaOrdFecha", LocalDate.of(2017, 2, 8))
              .opcion("revisionJuridica", 0)
              .completar();
          navegador.esperar(d -> abierta(convenio, "Task_EmitirCertificadoDaf") ? true : null);
        });

    completar(
        "daf",
        convenio,
        "Task_EmitirCertificadoDaf",
        tarea -> tarea.fecha("dafCertificadoFecha", LocalDate.of(2017, 2, 17)));
    completar(
        "dideco",
        convenio,
        "Task_RemitirAntecedentes",
        tarea ->
            tarea
                .texto("remisionOrdNumero", "07/490")
                .fecha("remisionOrdFecha", LocalDate.of(2017, 2, 17)));
    completar(
        "sernameg",
        convenio,
        "Task_EmitirResolucion",
        tarea ->
            tarea
                .texto("resolucionNumero", "108/IV")
                .fecha("resolucionFecha", LocalDate.of(2017, 3, 6)));
    completar(
        "dideco",
        convenio,
        "Task_SolicitarDecreto",
        tarea ->
            tarea
                .texto("memoDecretoNumero", "07/690")
                .fecha("memoDecretoFecha", LocalDate.of(2017, 3, 14)));
    // the Alcalde comes proposed from the registration; the Secretaría names herself as ministro de
    // fe
    completar(
        "secretaria",
        convenio,
        "Task_PrepararBorradorDecreto",
        tarea ->
            tarea
                .texto("secretarioFirmanteNombre", "Luigiano Maluenda Villegas")
                .opcion("secretarioFirmanteSexo", 1)
                .opcion("secretarioFirmanteCalidad", 0)
                .texto("decretoReferencia", "RJJ/LMV/MRS/mscg")
                .marcar("borradorRevisado"));
    completar("alcalde", convenio, "Task_FirmarDecreto", tarea -> tarea.opcion("firmaAlcalde", 0));
    completar(
        "secretaria",
        convenio,
        "Task_NumerarDecreto",
        tarea -> {
          assertThat(tarea.adjuntar(decretoFirmado, "3-secretaria-documentos"))
              .contains("Guardado: decreto-firmado.pdf, versión 1")
              .contains(sha256(decretoFirmado))
              .contains("convenio-firmado.pdf");
          tarea.texto("decretoNumero", "378").fecha("decretoFecha", LocalDate.of(2017, 3, 16));
        });
    assertThat(documentos.vigente(convenio, TipoDocumento.DECRETO_FIRMADO, ""))
        .hasValueSatisfying(
            documento -> assertThat(documento.sha256()).isEqualTo(sha256(decretoFirmado)));

    ejecutarTrabajos(convenio);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .processDefinitionKey("aprobacion-convenio")
                .finished()
                .count())
        .as("approval ended")
        .isOne();
    assertThat(convenios.estado(convenio)).contains("VIGENTE");

    como(
        "admin",
        navegador -> {
          navegador.ir("/camunda/app/cockpit/default/#/process-instance/" + principal + "/runtime");
          navegador.esperar(d -> d.getPageSource().contains(convenio) ? true : null);
          // the running subprocess carries Cockpit's token badge on the diagram
          navegador.esperar(
              d ->
                  d.findElements(
                              By.cssSelector(
                                  "[data-container-id='SubProcess_Vigencia'] .badge, "
                                      + ".djs-overlay[data-container-id='SubProcess_Vigencia']"))
                          .isEmpty()
                      ? null
                      : true);
          navegador.captura("4-cockpit-convenio");
          // the process instance's «Documentos» tab lists the convenio's documents
          By pestana =
              By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Documentos']");
          navegador.pulsarHasta(
              pestana, d -> !d.findElements(By.cssSelector(".omm-documentos")).isEmpty());
          String listado = navegador.elemento(By.cssSelector(".omm-pestana-documentos")).getText();
          assertThat(listado)
              .contains("convenio-firmado.pdf")
              .contains("decreto-firmado.pdf")
              .contains(sha256(decretoFirmado));
          navegador.captura("4-cockpit-documentos");
        },
        "cockpit");

    como(
        "sernameg",
        navegador -> {
          navegador.ir("/cumplimiento");
          WebElement fila = navegador.elemento(By.cssSelector("tr[data-comuna='" + COMUNA + "']"));
          assertThat(fila.findElement(By.cssSelector(".etapa")).getText()).isEqualTo("Vigente");
          navegador.captura("5-panel-cumplimiento");
        });

    sender.enviarPendientes();
    MimeMessage distribucion =
        TestMailServer.received().stream()
            .filter(mensaje -> asunto(mensaje).contains("378"))
            .findFirst()
            .orElseThrow();
    Path html = Navegador.CAPTURAS.resolve("correo.html");
    Files.createDirectories(Navegador.CAPTURAS);
    Files.writeString(html, MailParts.part(distribucion, "text/html"));
    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      navegador.driver().get(html.toUri().toString());
      navegador.captura("6-correo-distribucion");
    }
  }

  private void completar(
      String usuario, String convenio, String tarea, Consumer<TareaEnTasklist> llenar) {
    como(
        usuario,
        navegador -> {
          TareaEnTasklist abierta =
              TareaEnTasklist.abrir(navegador, tarea(convenio, tarea)).reclamar();
          llenar.accept(abierta);
          abierta.completar();
          navegador.esperar(d -> abierta(convenio, tarea) ? null : true);
        });
  }

  private void como(String usuario, Consumer<Navegador> pasos) {
    como(usuario, pasos, "tasklist");
  }

  /**
   * A person keeps her browser between her steps, as at her desk: she logs in once, on her first
   * step, and her session is still there for the next. In between she is elsewhere (a blank page),
   * so six idle Tasklists do not keep polling the server while the others work.
   */
  private void como(String usuario, Consumer<Navegador> pasos, String app) {
    Navegador navegador =
        sesiones.computeIfAbsent(
            usuario + "@" + app,
            clave -> {
              Navegador nuevo = Navegador.abrir(base(), "es-CL,es");
              nuevo.iniciarSesion(app, usuario, "demo");
              return nuevo;
            });
    pasos.accept(navegador);
    navegador.driver().get("about:blank");
  }

  @AfterEach
  void cerrarNavegadores() {
    sesiones.values().forEach(Navegador::close);
  }

  /** The job executor is off in tests: run, as it would now, the convenio's jobs that are due. */
  private void ejecutarTrabajos(String convenio) {
    for (int ronda = 0; ronda < 10; ronda++) {
      var trabajos =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(convenio)
              .list()
              .stream()
              .flatMap(
                  instancia ->
                      engine
                          .getManagementService()
                          .createJobQuery()
                          .processInstanceId(instancia.getId())
                          .executable()
                          .list()
                          .stream())
              .toList();
      if (trabajos.isEmpty()) {
        return;
      }
      trabajos.forEach(trabajo -> engine.getManagementService().executeJob(trabajo.getId()));
    }
  }

  private String tarea(String convenio, String definicion) {
    return TareasDeConvenio.id(engine, convenio, definicion);
  }

  private boolean abierta(String convenio, String definicion) {
    return TareasDeConvenio.abierta(engine, convenio, definicion);
  }

  private static String sha256(Path archivo) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(Files.readAllBytes(archivo)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String asunto(MimeMessage mensaje) {
    try {
      return mensaje.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
