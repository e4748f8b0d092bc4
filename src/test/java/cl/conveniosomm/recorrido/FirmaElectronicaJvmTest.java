package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.notificacion.correo.OutboxSender;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.FirmaGobDePrueba;
import cl.conveniosomm.support.MailParts;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Pdfsig;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.SemillaLaSerena;
import cl.conveniosomm.support.TareasDeConvenio;
import cl.conveniosomm.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * La Serena signs its decretos with FirmaGob (a local server that speaks FirmaGob's v2 contract and
 * signs with the test authority): the Alcalde and then the Secretario Municipal sign inside their
 * Tasklist tasks with the one-time code FirmaGob's app shows them; the signed decreto is verified
 * by pdfsig, found by the code printed on its pages, and mailed to the distribution. (Its own JVM:
 * another configuration of the application.)
 */
@Tag("own-jvm")
@ExtendWith(OutputCaptureExtension.class)
class FirmaElectronicaJvmTest extends DemoApplicationTest {

  private static final String RUN_ALCALDE = "7654321";
  private static final String RUN_SECRETARIO = "8765432";
  private static final String ALCALDE = "ROBERTO JACOB JURE";
  private static final String SECRETARIO = "LUIGIANO MALUENDA VILLEGAS";
  private static final Pattern CODIGO_IMPRESO =
      Pattern.compile("Código de verificación ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
  private static final FirmaGobDePrueba FIRMAGOB = firmaGob();

  @Autowired ProcessEngine engine;
  @Autowired DocumentoService documentos;
  @Autowired DecretoFirmaRepository registro;
  @Autowired OutboxSender sender;

  private static FirmaGobDePrueba firmaGob() {
    try {
      return new FirmaGobDePrueba(Map.of(RUN_ALCALDE, ALCALDE, RUN_SECRETARIO, SECRETARIO));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void firmaGob(DynamicPropertyRegistry registry) {
    // the Biobío region's comunas sign electronically; the Maule region's, by hand
    registry.add(
        "omm.firma.comunas",
        () ->
            String.join(
                ",", new CatalogoComunas().deRegion("08").stream().map(Comuna::codigo).toList()));
    registry.add("omm.firma.firmagob.url", FIRMAGOB::url);
    registry.add("omm.firma.firmagob.entidad", () -> FirmaGobDePrueba.ENTIDAD);
    registry.add("omm.firma.firmagob.api-token-key", () -> FirmaGobDePrueba.API_TOKEN_KEY);
    registry.add("omm.firma.firmagob.secreto", () -> FirmaGobDePrueba.SECRETO);
    registry.add("omm.firma.firmagob.run-alcalde", () -> RUN_ALCALDE);
    registry.add("omm.firma.firmagob.run-secretario", () -> RUN_SECRETARIO);
  }

  @AfterAll
  static void detener() {
    FIRMAGOB.close();
  }

  @Test
  @DisabledIfSystemProperty(named = "navegador.skip", matches = "true")
  void theAlcaldeAndTheMinistroDeFeSignInTasklistAndAnyoneVerifiesTheDecretoByItsCode(
      CapturedOutput salida) throws Exception {
    String convenio = hastaLaFirma();
    TestMailServer.purge();
    List<String> codigosUsados = new ArrayList<>();

    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      navegador.iniciarSesion("tasklist", "alcalde", "demo");
      TareaEnTasklist tarea =
          TareaEnTasklist.abrir(navegador, tarea(convenio, Tareas.FIRMAR_DECRETO)).reclamar();
      // «Firmo el decreto» before signing: refused, in Spanish, nothing moves
      tarea.opcion("firmaAlcalde", 0).completar();
      assertThat(tarea.avisos("Firme el decreto en la pestaña «Documentos»")).isNotBlank();
      // a code FirmaGob never gave: nothing is signed
      assertThat(tarea.firmar(Map.of("omm-codigo-firma", "000000"), "firma-1-codigo-equivocado"))
          .contains("el decreto no se firmó");
      assertThat(documentos.vigente(convenio, TipoDocumento.DECRETO_FIRMADO, "")).isEmpty();

      String codigoAlcalde = FIRMAGOB.nuevoCodigo();
      codigosUsados.add(codigoAlcalde);
      assertThat(tarea.firmar(Map.of("omm-codigo-firma", codigoAlcalde), "firma-2-alcalde-firmo"))
          .contains("Firmó el decreto");
      tarea.opcion("firmaAlcalde", 0).completar();
      navegador.esperar(d -> abierta(convenio, Tareas.NUMERAR_DECRETO) ? true : null);
    }
    assertThat(Pdfsig.leer(decretoFirmado(convenio)))
        .singleElement()
        .satisfies(
            firma -> {
              assertThat(firma.valor("Signer Certificate Common Name")).isEqualTo(ALCALDE);
              assertThat(firma.valor("Signature Validation")).isEqualTo("Signature is Valid.");
            });

    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      navegador.iniciarSesion("tasklist", "secretaria", "demo");
      TareaEnTasklist tarea =
          TareaEnTasklist.abrir(navegador, tarea(convenio, Tareas.NUMERAR_DECRETO)).reclamar();
      // a date that is not one: refused before anything is signed
      assertThat(
              tarea.firmar(
                  Map.of(
                      "omm-decreto-numero", "378",
                      "omm-decreto-fecha", "31-02-2017",
                      "omm-codigo-firma", FIRMAGOB.nuevoCodigo()),
                  "firma-3-fecha-invalida"))
          .contains("No se firmó nada");
      String codigoSecretario = FIRMAGOB.nuevoCodigo();
      codigosUsados.add(codigoSecretario);
      assertThat(
              tarea.firmar(
                  Map.of(
                      "omm-decreto-numero", "378",
                      "omm-decreto-fecha", "16-03-2017",
                      "omm-codigo-firma", codigoSecretario),
                  "firma-4-ministro-firmo"))
          .contains("Firmó el decreto N° 378 de 16-03-2017");
      tarea
          .texto("decretoNumero", "378")
          .fecha("decretoFecha", LocalDate.of(2017, 3, 16))
          .completar();
      navegador.esperar(d -> abierta(convenio, Tareas.NUMERAR_DECRETO) ? null : true);
    }

    byte[] firmado = decretoFirmado(convenio);
    List<Pdfsig.Firma> firmas = Pdfsig.leer(firmado);
    assertThat(firmas).hasSize(2);
    assertThat(firmas.get(1).valor("Signer Certificate Common Name")).isEqualTo(SECRETARIO);
    assertThat(firmas)
        .allSatisfy(
            f -> assertThat(f.valor("Signature Validation")).isEqualTo("Signature is Valid."));
    assertThat(firmas.get(1).dice("Total document signed")).isTrue();
    assertThat(firmas.get(1).dice("Not total document signed")).isFalse();
    // one version per signature, the generated decreto never stored unsigned
    assertThat(versiones(convenio)).isEqualTo(2);

    // the code printed at the foot of every page is the one the app keeps for this decreto
    List<String> codigos = codigosPorPagina(firmado);
    assertThat(codigos).hasSizeGreaterThanOrEqualTo(1).containsOnly(codigos.get(0));
    assertThat(codigos.get(0).replace("-", "")).isEqualTo(registro.codigo(convenio));

    // the distribution carries the signed decreto
    ejecutarTrabajos(convenio);
    sender.enviarPendientes();
    // the signers' RUN and their one-time codes are nowhere: not in the process, its history, the
    // log or the mail (Ley 21.719)
    List<String> secretos = new ArrayList<>(codigosUsados);
    secretos.addAll(List.of(RUN_ALCALDE, RUN_SECRETARIO));
    // (as whole numbers: a six-digit code may well occur inside a longer one)
    Pattern secreto = Pattern.compile("(?<![0-9])(" + String.join("|", secretos) + ")(?![0-9])");
    assertThat(valoresGuardados(convenio)).noneMatch(valor -> secreto.matcher(valor).find());
    Matcher enElRegistro = secreto.matcher(salida.getAll());
    assertThat(enElRegistro.find() ? alrededor(salida.getAll(), enElRegistro.start()) : "")
        .as("the log")
        .isEmpty();
    for (MimeMessage mensaje : TestMailServer.received()) {
      assertThat(secreto.matcher(MailParts.part(mensaje, "text/plain")).find()).isFalse();
    }
    List<MimeMessage> distribucion =
        TestMailServer.received().stream()
            .filter(mensaje -> asunto(mensaje).contains("378"))
            .toList();
    assertThat(distribucion).isNotEmpty();
    for (MimeMessage mensaje : distribucion) {
      assertThat(adjuntosPdf(mensaje)).singleElement().isEqualTo(firmado);
    }

    // anyone, without logging in, finds it by the printed code
    try (Navegador publico = Navegador.abrir(base(), "es-CL,es")) {
      publico.ir("/verificar.html");
      publico.elemento(By.id("codigo")).sendKeys(codigos.get(0).toLowerCase());
      publico.elemento(By.xpath("//form[@id='por-codigo']//button")).click();
      String resultado =
          publico.esperar(
              d -> {
                String conclusion = d.findElement(By.id("conclusion")).getText();
                return conclusion.contains("firmas son válidas")
                    ? d.findElement(By.tagName("main")).getText()
                    : null;
              });
      publico.captura("firma-5-verificacion-por-codigo");
      assertThat(resultado)
          .contains("Las 2 firmas son válidas y el documento no ha cambiado desde la última.")
          .contains(ALCALDE)
          .contains(SECRETARIO)
          .contains(DocumentoService.sha256(firmado));
    }
  }

  @Test
  void onlyWhoMayWorkOnTheTaskSignsAndTheEngineRefusesToCompleteItUnsigned() {
    String convenio = hastaLaFirma();
    String tarea = tarea(convenio, Tareas.FIRMAR_DECRETO);
    String firma = "/api/tareas/" + tarea + "/firma";
    String cuerpo = "{\"codigo\":\"" + FIRMAGOB.nuevoCodigo() + "\"}";

    assertThat(http().postJson(firma, cuerpo).statusCode()).isIn(401, 403);
    assertThat(http().postJsonAs("dideco", "demo", firma, cuerpo).statusCode()).isEqualTo(404);
    assertThat(http().postJsonAs("secretaria", "demo", firma, cuerpo).statusCode()).isEqualTo(404);
    assertThat(http().getAs("sernameg", "demo", firma).statusCode()).isEqualTo(404);
    for (String grafia :
        List.of(
            firma + "/",
            firma.toUpperCase(),
            firma.replace("/firma", "/%66irma"),
            firma + ";x=1")) {
      assertThat(firmarComo("dideco", grafia, cuerpo)).as(grafia).isNotIn(200, 201, 204);
    }
    // an oversized or unreadable body, even from the Alcalde, signs nothing
    String enorme = "{\"codigo\":\"" + "9".repeat(2 * 1024 * 1024) + "\"}";
    HttpResponse<String> cuerpoEnorme = firmarPorApi("alcalde", tarea, enorme);
    assertThat(cuerpoEnorme.statusCode()).isEqualTo(413);
    assertThat(cuerpoEnorme.body()).contains("supera el máximo de 1024 KB");
    for (String grafia :
        List.of(firma.toUpperCase(), firma.replace("/api/", "/%61pi/"), firma + ";x=1")) {
      assertThat(firmarComo("alcalde", grafia, enorme)).as(grafia).isIn(400, 404, 413);
    }
    HttpResponse<String> codigoEnorme =
        firmarPorApi("alcalde", tarea, "{\"codigo\":\"" + "9".repeat(500) + "\"}");
    assertThat(codigoEnorme.statusCode()).isEqualTo(422);
    assertThat(codigoEnorme.body()).contains("solo letras y números, hasta 12");
    assertThat(firmarComo("alcalde", firma, "{\"codigo\":")).isEqualTo(400);
    assertThat(firmarComo("alcalde", firma, "[1,2,3]")).isEqualTo(400);
    // the engine's own API, as the Alcalde: not without her signature
    HttpResponse<String> sinFirma =
        http()
            .postJsonAs(
                "alcalde",
                "demo",
                "/engine-rest/task/" + tarea + "/complete",
                "{\"variables\":{\"firmaAlcalde\":{\"value\":\"FIRMADO\"}}}");
    assertThat(sinFirma.statusCode()).isBetween(400, 499);
    assertThat(sinFirma.body()).contains("Firme el decreto");
    String firmado = "{\"variables\":{\"firmaAlcalde\":{\"value\":\"FIRMADO\"}}}";
    for (String ruta :
        List.of(
            "/engine-rest/engine/default/task/" + tarea + "/complete",
            "/engine-rest/task/" + tarea + "/submit-form",
            "/engine-rest/task/" + tarea + "/complete/")) {
      HttpResponse<String> otraRuta = http().postJsonAs("alcalde", "demo", ruta, firmado);
      assertThat(otraRuta.statusCode()).as(ruta + " " + otraRuta.body()).isBetween(400, 499);
    }
    var tasklist = http();
    tasklist.webappLogin("tasklist", "alcalde", "demo");
    HttpResponse<String> porTasklist =
        tasklist.webappPost(
            "/camunda/api/engine/engine/default/task/" + tarea + "/submit-form", firmado);
    assertThat(porTasklist.statusCode()).as(porTasklist.body()).isBetween(400, 499);
    assertThat(porTasklist.body()).contains("Firme el decreto");
    // where the engine runs the command, with no HTTP in front
    assertThatThrownBy(
            () -> engine.getTaskService().complete(tarea, Map.of("firmaAlcalde", "FIRMADO")))
        .hasMessageContaining("Firme el decreto");
    assertThat(abierta(convenio, Tareas.FIRMAR_DECRETO)).isTrue();
    // nor by uploading a file in its place
    HttpResponse<String> subido =
        http()
            .upload(
                "/api/convenios/" + convenio + "/documentos/DECRETO_FIRMADO",
                "decreto.pdf",
                Pdf.de("decreto escaneado"),
                "application/pdf",
                "Authorization",
                cl.conveniosomm.support.HttpClientSupport.basic("secretaria", "demo"));
    assertThat(subido.statusCode()).isEqualTo(409);
    assertThat(subido.body()).contains("se firma electrónicamente");
    assertThat(versiones(convenio)).isZero();
  }

  @Test
  void threeSimultaneousSignaturesOfOneTurnMakeOneVersionAndOnceSignedTheDraftCannotGoBack() {
    String convenio = hastaLaFirma();
    String tarea = tarea(convenio, Tareas.FIRMAR_DECRETO);
    engine.getTaskService().claim(tarea, "alcalde");
    List<CompletableFuture<HttpResponse<String>>> envios = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String cuerpo = "{\"codigo\":\"" + FIRMAGOB.nuevoCodigo() + "\"}";
      envios.add(CompletableFuture.supplyAsync(() -> firmarPorApi("alcalde", tarea, cuerpo)));
    }

    assertThat(envios).allSatisfy(envio -> assertThat(envio.join().statusCode()).isEqualTo(200));
    assertThat(versiones(convenio)).isEqualTo(1);
    assertThat(Pdfsig.leer(decretoFirmado(convenio))).hasSize(1);
    HttpResponse<String> devolver =
        http()
            .postJsonAs(
                "alcalde",
                "demo",
                "/engine-rest/task/" + tarea + "/complete",
                "{\"variables\":{\"firmaAlcalde\":{\"value\":\"OBSERVADO\"},"
                    + "\"alcaldeObservaciones\":{\"value\":\"Corregir el punto 2\"}}}");
    assertThat(devolver.body()).contains("Ya firmó el decreto electrónicamente");
    assertThat(abierta(convenio, Tareas.FIRMAR_DECRETO)).isTrue();
  }

  @Test
  void theMinistroDeFeCompletesWithTheNumberAndDateSheSignedOnly() {
    String convenio = hastaLaFirma();
    String firmar = tarea(convenio, Tareas.FIRMAR_DECRETO);
    engine.getTaskService().claim(firmar, "alcalde");
    assertThat(
            firmarPorApi("alcalde", firmar, "{\"codigo\":\"" + FIRMAGOB.nuevoCodigo() + "\"}")
                .statusCode())
        .isEqualTo(200);
    engine.getTaskService().complete(firmar, Map.of("firmaAlcalde", "FIRMADO"));
    String numerar = tarea(convenio, Tareas.NUMERAR_DECRETO);
    engine.getTaskService().claim(numerar, "secretaria");
    String numero = "9" + (System.nanoTime() % 100000);
    HttpResponse<String> firmado =
        firmarPorApi(
            "secretaria",
            numerar,
            "{\"codigo\":\""
                + FIRMAGOB.nuevoCodigo()
                + "\",\"numero\":\""
                + numero
                + "\",\"fecha\":\"16-03-2017\"}");
    assertThat(firmado.statusCode()).isEqualTo(200);
    // a retry with another number signs nothing more and keeps the signed one
    firmarPorApi(
        "secretaria",
        numerar,
        "{\"codigo\":\""
            + FIRMAGOB.nuevoCodigo()
            + "\",\"numero\":\"1\",\"fecha\":\"17-03-2017\"}");
    assertThat(versiones(convenio)).isEqualTo(2);

    HttpResponse<String> otroNumero =
        http()
            .postJsonAs(
                "secretaria",
                "demo",
                "/engine-rest/task/" + numerar + "/complete",
                "{\"variables\":{\"decretoNumero\":{\"value\":\"1\"},"
                    + "\"decretoFecha\":{\"value\":\"16-03-2017\"}}}");
    assertThat(otroNumero.body()).contains("El decreto se firmó con el N° " + numero);
    assertThat(abierta(convenio, Tareas.NUMERAR_DECRETO)).isTrue();
    // the form comes filled with what she signed
    assertThat(engine.getTaskService().getVariable(numerar, "decretoNumero")).isEqualTo(numero);
    engine.getTaskService().complete(numerar, Map.of());
    assertThat(abierta(convenio, Tareas.NUMERAR_DECRETO)).isFalse();
  }

  @Test
  void aMunicipalityWithoutElectronicSignatureKeepsTheHandSignedScan() {
    // the Maule region is not in omm.firma.comunas
    String convenio = hastaLaFirmaEn("07");
    String tarea = tarea(convenio, Tareas.FIRMAR_DECRETO);

    HttpResponse<String> firma = http().getAs("alcalde", "demo", "/api/tareas/" + tarea + "/firma");
    assertThat(firma.statusCode()).isEqualTo(404);
    assertThat(firma.body()).contains("La municipalidad no usa firma electrónica");
    engine.getTaskService().complete(tarea, Map.of("firmaAlcalde", "FIRMADO"));
    HttpResponse<String> subido =
        http()
            .upload(
                "/api/convenios/" + convenio + "/documentos/DECRETO_FIRMADO",
                "decreto.pdf",
                Pdf.de("decreto firmado a mano"),
                "application/pdf",
                "Authorization",
                cl.conveniosomm.support.HttpClientSupport.basic("secretaria", "demo"));
    assertThat(subido.statusCode()).as(subido.body()).isEqualTo(201);
    assertThat(abierta(convenio, Tareas.NUMERAR_DECRETO)).isTrue();
  }

  private int firmarComo(String usuario, String ruta, String cuerpo) {
    return http().postJsonAs(usuario, "demo", ruta, cuerpo).statusCode();
  }

  private HttpResponse<String> firmarPorApi(String usuario, String tarea, String cuerpo) {
    return http().postJsonAs(usuario, "demo", "/api/tareas/" + tarea + "/firma", cuerpo);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /**
   * A new convenio, of a comuna of its own (one convenio at a time per comuna), at the signature.
   */
  private String hastaLaFirma() {
    return hastaLaFirmaEn("08");
  }

  private String hastaLaFirmaEn(String region) {
    String convenio = "CONV-FIRMA-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      new SemillaLaSerena(engine, documentos, convenio)
          .registrarHastaLaFirma(Registro.enRegion(region));
    } finally {
      ClockUtil.reset();
    }
    return convenio;
  }

  private String tarea(String convenio, String clave) {
    return TareasDeConvenio.id(engine, convenio, clave);
  }

  private boolean abierta(String convenio, String clave) {
    return TareasDeConvenio.abierta(engine, convenio, clave);
  }

  /** Every variable value of the convenio's processes, current and in history, as text. */
  private List<String> valoresGuardados(String convenio) {
    List<String> valores = new ArrayList<>();
    engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(convenio)
        .list()
        .forEach(
            instancia -> {
              engine
                  .getHistoryService()
                  .createHistoricDetailQuery()
                  .processInstanceId(instancia.getId())
                  .list()
                  .forEach(
                      detalle -> {
                        if (detalle instanceof HistoricVariableUpdate actualizacion) {
                          valores.add(String.valueOf(actualizacion.getValue()));
                        }
                      });
              engine
                  .getHistoryService()
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(instancia.getId())
                  .list()
                  .forEach(variable -> valores.add(String.valueOf(variable.getValue())));
            });
    assertThat(valores).as("the walk left variables to look at").isNotEmpty();
    return valores;
  }

  private byte[] decretoFirmado(String convenio) {
    return documentos.contenido(
        documentos.vigente(convenio, TipoDocumento.DECRETO_FIRMADO, "").orElseThrow());
  }

  private long versiones(String convenio) {
    return documentos.deConvenio(convenio).stream()
        .filter(documento -> documento.tipo() == TipoDocumento.DECRETO_FIRMADO)
        .count();
  }

  private void ejecutarTrabajos(String convenio) {
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(convenio)
        .list()
        .forEach(
            instancia ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(instancia.getId())
                    .messages()
                    .list()
                    .forEach(job -> engine.getManagementService().executeJob(job.getId())));
  }

  private static String alrededor(String texto, int posicion) {
    return texto.substring(Math.max(0, posicion - 300), Math.min(texto.length(), posicion + 100));
  }

  private static List<String> codigosPorPagina(byte[] pdf) throws IOException {
    List<String> codigos = new ArrayList<>();
    try (PDDocument documento = Loader.loadPDF(pdf)) {
      PDFTextStripper pagina = new PDFTextStripper();
      for (int i = 1; i <= documento.getNumberOfPages(); i++) {
        pagina.setStartPage(i);
        pagina.setEndPage(i);
        Matcher codigo = CODIGO_IMPRESO.matcher(pagina.getText(documento));
        codigos.add(codigo.find() ? codigo.group(1) : "falta en la página " + i);
      }
    }
    return codigos;
  }

  private static String asunto(MimeMessage mensaje) {
    try {
      return mensaje.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<byte[]> adjuntosPdf(Part parte) throws Exception {
    List<byte[]> adjuntos = new ArrayList<>();
    if (parte.isMimeType("multipart/*")) {
      Multipart partes = (Multipart) parte.getContent();
      for (int i = 0; i < partes.getCount(); i++) {
        adjuntos.addAll(adjuntosPdf(partes.getBodyPart(i)));
      }
    } else if (parte.isMimeType("application/pdf")) {
      adjuntos.add(parte.getInputStream().readAllBytes());
    }
    return adjuntos;
  }
}
