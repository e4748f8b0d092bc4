package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.fuera.Trampa;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abuse over real HTTP: dangerous variable types, hostile models, huge uploads and huge queries are
 * refused before they cost anything, and nothing of them is kept. The two CVE mitigations are
 * proved by {@code EngineApiGuardTest} and Java-serialized variables by {@code
 * EngineHardeningTest}.
 */
class AbusoTest extends DemoApplicationTest {

  private static final String ADMIN = HttpClientSupport.basic("admin", "demo");

  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired DocumentoService documentos;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cl.fuera.Trampa",
        "java.util.ArrayList<cl.fuera.Trampa>",
        "org.springframework.context.support.ClassPathXmlApplicationContext"
      })
  void aSpinJsonVariableNamingAClassOutsideTheAllowedPackagesIsRefusedAndNeverBuilt(String type) {
    String instancia =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getId();

    HttpResponse<String> puesta =
        http()
            .send(
                "PUT",
                "/engine-rest/process-instance/" + instancia + "/variables/carga",
                objectVariable(type, "{\"comando\":\"rm -rf /\"}"),
                "Authorization",
                ADMIN);
    HttpResponse<String> alIniciar =
        http()
            .postJsonAs(
                "admin",
                "demo",
                "/engine-rest/process-definition/key/" + Procesos.CONVENIO_OMM + "/start",
                "{\"businessKey\":\"trampa\",\"variables\":{\"carga\":"
                    + objectVariable(type, "{}")
                    + "}}");

    assertThat(puesta.statusCode()).isEqualTo(400);
    assertThat(puesta.body()).contains("No se admiten variables del tipo");
    assertThat(alIniciar.statusCode()).isEqualTo(400);
    assertThat(runtimeService.getVariable(instancia, "carga")).isNull();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("trampa")
                .count())
        .isZero();
    assertThat(Trampa.CREADA).isFalse();
  }

  @Test
  void aJsonVariableOfAnAllowedTypeStillGoesThrough() {
    String instancia =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getId();

    HttpResponse<String> puesta =
        http()
            .send(
                "PUT",
                "/engine-rest/process-instance/" + instancia + "/variables/lista",
                objectVariable("java.util.ArrayList", "[\"a\"]"),
                "Authorization",
                ADMIN);

    assertThat(puesta.statusCode()).as(puesta.body()).isEqualTo(204);
  }

  @Test
  void aBpmnWithAnXxeDoctypeIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
    String secreto = "SECRETO-" + UUID.randomUUID();
    Path archivo = Files.writeString(dir.resolve("secreto.txt"), secreto);
    String bpmn =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \""
            + archivo.toUri()
            + "\">]>\n"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
            + "<process id=\"xxe\" name=\"&xxe;\" isExecutable=\"true\"><startEvent id=\"inicio\"/></process></definitions>";

    HttpResponse<String> respuesta =
        http()
            .upload(
                "/engine-rest/deployment/create",
                "xxe.bpmn",
                bpmn.getBytes(StandardCharsets.UTF_8),
                "application/octet-stream",
                "Authorization",
                ADMIN);

    assertThat(respuesta.statusCode()).isBetween(400, 499);
    assertThat(respuesta.body()).doesNotContain(secreto);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("xxe").count())
        .isZero();
  }

  @Test
  void aNonAdministratorCannotDeployAModelWithAScriptTask() {
    String bpmn =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
            + "<process id=\"con-script-ajeno\" isExecutable=\"true\"><startEvent id=\"inicio\"/>"
            + "<scriptTask id=\"script\" scriptFormat=\"javascript\"><script>java.lang.System.exit(1)</script></scriptTask>"
            + "</process></definitions>";

    for (String usuario : new String[] {"dideco", "sernameg", "alcalde", "omm"}) {
      HttpResponse<String> respuesta =
          http()
              .upload(
                  "/engine-rest/deployment/create",
                  "script.bpmn",
                  bpmn.getBytes(StandardCharsets.UTF_8),
                  "application/octet-stream",
                  "Authorization",
                  HttpClientSupport.basic(usuario, "demo"));
      assertThat(respuesta.statusCode()).as(usuario).isEqualTo(403);
    }
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("con-script-ajeno")
                .count())
        .isZero();
  }

  @Test
  void a200MegabyteUploadIsRefusedInSpanishAndNothingIsStored() throws Exception {
    String convenio =
        runtimeService
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.enRegion("07"))
            .getBusinessKey();
    String boundary = "----abuso" + System.nanoTime();
    byte[] cabeza =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"enorme.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    long doscientosMegas = 200L * 1024 * 1024;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/api/convenios/"
                        + convenio
                        + "/documentos/CONVENIO_FIRMADO"))
            .header("Authorization", HttpClientSupport.basic("dideco", "demo"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new SequenceInputStream(
                                new java.io.ByteArrayInputStream(cabeza), ceros(doscientosMegas))),
                    cabeza.length + doscientosMegas))
            .build();

    HttpResponse<String> respuesta =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(respuesta.statusCode()).isEqualTo(413);
    assertThat(respuesta.body()).contains("supera el máximo de 20 MB");
    assertThat(documentos.deConvenio(convenio)).isEmpty();
    // the node still serves
    assertThat(
            http()
                .upload(
                    "/api/convenios/" + convenio + "/documentos/CONVENIO_FIRMADO",
                    "c.pdf",
                    Pdf.de("x"),
                    "application/pdf",
                    "Authorization",
                    HttpClientSupport.basic("dideco", "demo"))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void aQueryForAHundredThousandRowsIsRefusedOnEveryEngineApi() {
    for (String path :
        new String[] {
          "/engine-rest/task?maxResults=100000",
          "/engine-rest/history/process-instance?maxResults=100000",
          "/engine-rest/history/task",
          "/engine-rest/process-instance"
        }) {
      HttpResponse<String> respuesta = http().getAs("admin", "demo", path);
      assertThat(respuesta.statusCode()).as(path).isEqualTo(400);
      assertThat(respuesta.body()).as(path).contains("2.000 filas por página");
    }
    HttpClientSupport navegador = http();
    navegador.webappLogin("cockpit", "admin", "demo");
    assertThat(
            navegador
                .get(
                    "/camunda/api/engine/engine/default/history/process-instance?maxResults=100000")
                .statusCode())
        .isEqualTo(400);
  }

  private static String objectVariable(String type, String json) {
    return "{\"type\":\"Object\",\"value\":"
        + quote(json)
        + ",\"valueInfo\":{\"objectTypeName\":\""
        + type
        + "\",\"serializationDataFormat\":\"application/json\"}}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** {@code size} zero bytes, generated as they are read. */
  private static InputStream ceros(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }
}
