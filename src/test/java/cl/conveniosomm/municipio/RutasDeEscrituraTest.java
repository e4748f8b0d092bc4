package cl.conveniosomm.municipio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every engine endpoint that writes to a task or an instance, in every spelling the server
 * routes (trailing slash, case, percent-encoding, path parameters, doubled slashes), on each engine
 * API (REST, REST by engine name, the webapps'), as a municipal user who is a candidate of the
 * task. None of them changes the convenio outside its form, none answers 500, and another
 * municipality's task answers exactly as a task that does not exist.
 */
class RutasDeEscrituraTest extends DemoApplicationTest {

  private static final String USUARIA = Municipalidades.PAIGUANO.usuario();
  private static final String CLAVE = Municipalidades.CONTRASENA;
  private static final String AJENA = "{\"value\":\"04201\",\"type\":\"String\"}";
  private static final String CAMBIOS = "{\"modifications\":{\"comunaCodigo\":" + AJENA + "}}";
  private static final String ENVIO =
      "{\"variables\":{\"comunaCodigo\":"
          + AJENA
          + ",\"didecoOrdMateria\":{\"value\":\"<img src=x onerror=alert(1)>\"}}}";

  /**
   * Method, path under the engine (t: task, p: instance) and body of every write a person might
   * try.
   */
  private static final List<String[]> ESCRITURAS =
      List.of(
          new String[] {"POST", "task/{t}/complete", ENVIO},
          new String[] {"POST", "task/{t}/submit-form", ENVIO},
          new String[] {"POST", "task/{t}/resolve", ENVIO},
          new String[] {
            "POST",
            "task/{t}/bpmnError",
            "{\"errorCode\":\"x\",\"variables\":{\"comunaCodigo\":" + AJENA + "}}"
          },
          new String[] {
            "POST",
            "task/{t}/bpmnEscalation",
            "{\"escalationCode\":\"x\",\"variables\":{\"comunaCodigo\":" + AJENA + "}}"
          },
          new String[] {"PUT", "task/{t}/variables/comunaCodigo", AJENA},
          new String[] {"POST", "task/{t}/variables", CAMBIOS},
          new String[] {"PUT", "task/{t}/localVariables/comunaCodigo", AJENA},
          new String[] {"POST", "task/{t}/localVariables", CAMBIOS},
          new String[] {"DELETE", "task/{t}/variables/comunaCodigo", ""},
          new String[] {
            "PUT", "task/{t}", "{\"name\":\"Otra\",\"due\":\"2099-01-01T00:00:00.000-0300\"}"
          },
          new String[] {
            "POST", "task/{t}/identity-links", "{\"groupId\":\"alcalde\",\"type\":\"candidate\"}"
          },
          new String[] {"DELETE", "task/{t}", ""},
          new String[] {"PUT", "process-instance/{p}/variables/comunaCodigo", AJENA},
          new String[] {"POST", "process-instance/{p}/variables", CAMBIOS},
          new String[] {"DELETE", "process-instance/{p}/variables/comunaCodigo", ""},
          new String[] {"PUT", "execution/{p}/localVariables/comunaCodigo", AJENA},
          new String[] {"POST", "execution/{p}/localVariables", CAMBIOS},
          new String[] {
            "POST",
            "process-instance/{p}/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_SolicitarRevision\"}]}"
          },
          new String[] {
            "POST",
            "message",
            "{\"messageName\":\"x\",\"processInstanceId\":\"{p}\",\"processVariables\":"
                + "{\"comunaCodigo\":"
                + AJENA
                + "}}"
          },
          new String[] {"DELETE", "process-instance/{p}", ""});

  /** Reads, to compare another municipality's records with missing ones on every verb. */
  private static final List<String[]> LECTURAS =
      List.of(
          new String[] {"GET", "task/{t}", ""},
          new String[] {"GET", "task/{t}/variables", ""},
          new String[] {"GET", "task/{t}/form-variables", ""},
          new String[] {"GET", "task/{t}/identity-links", ""},
          new String[] {"GET", "process-instance/{p}", ""},
          new String[] {"GET", "process-instance/{p}/variables", ""},
          new String[] {"GET", "process-instance/{p}/activity-instances", ""});

  /** Spellings the server routes to the same resource: each rewrites the path under the engine. */
  private static final Map<String, UnaryOperator<String>> VARIANTES =
      Map.of(
          "tal cual", ruta -> ruta,
          "barra final", ruta -> ruta + "/",
          "codificada",
              ruta ->
                  ruta.replaceFirst("^t", "%74")
                      .replaceFirst("^p", "%70")
                      .replaceFirst("^e", "%65")
                      .replaceFirst("^m", "%6D"),
          "parámetro de ruta", ruta -> ruta.replaceFirst("/", ";x=y/"),
          "barras dobles", ruta -> ruta.replaceFirst("/", "//"),
          "mayúsculas",
              ruta -> ruta.replace("variables", "Variables").replace("complete", "Complete"));

  private static final List<String> MOTORES =
      List.of(
          "/engine-rest/", "/engine-rest/engine/default/", "/camunda/api/engine/engine/default/");

  @Autowired ProcessEngine engine;
  @Autowired IncorporacionMunicipios incorporacion;

  private EscenarioTenencia.Convenio propio;
  private EscenarioTenencia.Convenio ajeno;

  @BeforeEach
  void preparar() {
    EscenarioTenencia.Convenios convenios = EscenarioTenencia.preparar(engine, incorporacion);
    propio = convenios.paiguano();
    ajeno = convenios.illapel();
  }

  @Test
  void noSpellingOfAnyWriteChangesTheConvenioOutsideItsForm() {
    HttpClientSupport tasklist = http();
    tasklist.webappLogin("tasklist", USUARIA, CLAVE);
    Map<String, Object> antes = engine.getRuntimeService().getVariables(propio.instancia());
    var vencimiento =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(propio.tarea())
            .singleResult()
            .getDueDate();
    List<String> fallas = new ArrayList<>();

    for (String motor : MOTORES) {
      for (String[] escritura : ESCRITURAS) {
        VARIANTES.forEach(
            (variante, reescribir) -> {
              String ruta =
                  motor
                      + reescribir
                          .apply(escritura[1])
                          .replace("{t}", propio.tarea())
                          .replace("{p}", propio.instancia());
              HttpResponse<String> respuesta =
                  enviar(
                      tasklist,
                      motor,
                      escritura[0],
                      ruta,
                      escritura[2].replace("{p}", propio.instancia()));
              if (respuesta.statusCode() < 400 || respuesta.statusCode() >= 500) {
                fallas.add(
                    escritura[0]
                        + " "
                        + ruta
                        + " ("
                        + variante
                        + "): "
                        + respuesta.statusCode()
                        + " "
                        + respuesta.body());
              }
            });
      }
    }

    assertThat(fallas).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(propio.instancia())).isEqualTo(antes);
    assertThat(engine.getTaskService().getVariablesLocal(propio.tarea())).isEmpty();
    var tarea = engine.getTaskService().createTaskQuery().taskId(propio.tarea()).singleResult();
    assertThat(tarea).as("still open").isNotNull();
    assertThat(tarea.getName()).isNotEqualTo("Otra");
    assertThat(tarea.getDueDate()).isEqualTo(vencimiento);
    assertThat(engine.getTaskService().getIdentityLinksForTask(propio.tarea()))
        .noneMatch(enlace -> "alcalde".equals(enlace.getGroupId()));
  }

  @Test
  void anotherMunicipalitysTaskAnswersEveryReadAndWriteAsAMissingOne() {
    HttpClientSupport tasklist = http();
    tasklist.webappLogin("tasklist", USUARIA, CLAVE);
    String inexistente = UUID.randomUUID().toString();
    List<String> diferencias = new ArrayList<>();

    List<String[]> todas = new ArrayList<>(ESCRITURAS);
    todas.addAll(LECTURAS);
    for (String motor : MOTORES) {
      for (String[] escritura : todas) {
        HttpResponse<String> deOtra =
            enviar(
                tasklist,
                motor,
                escritura[0],
                motor
                    + escritura[1].replace("{t}", ajeno.tarea()).replace("{p}", ajeno.instancia()),
                escritura[2].replace("{p}", ajeno.instancia()));
        HttpResponse<String> queNoExiste =
            enviar(
                tasklist,
                motor,
                escritura[0],
                motor + escritura[1].replace("{t}", inexistente).replace("{p}", inexistente),
                escritura[2].replace("{p}", inexistente));
        String cuerpoDeOtra =
            deOtra.body().replace(ajeno.tarea(), "ID").replace(ajeno.instancia(), "ID");
        String cuerpoQueNoExiste = queNoExiste.body().replace(inexistente, "ID");
        if (deOtra.statusCode() != queNoExiste.statusCode()
            || !cuerpoDeOtra.equals(cuerpoQueNoExiste)
            || deOtra.statusCode() >= 500) {
          diferencias.add(
              escritura[0]
                  + " "
                  + motor
                  + escritura[1]
                  + ": otra municipalidad "
                  + deOtra.statusCode()
                  + " "
                  + cuerpoDeOtra
                  + " / inexistente "
                  + queNoExiste.statusCode()
                  + " "
                  + cuerpoQueNoExiste);
        }
      }
    }

    assertThat(diferencias).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(ajeno.tarea()).count()).isOne();
    assertThat(engine.getRuntimeService().getVariable(ajeno.instancia(), "comunaCodigo"))
        .isEqualTo("04201");
  }

  @Test
  void aTaskTakesNoAttachmentsFromItsPeople() throws Exception {
    String limite = "----adjunto";
    String cuerpo =
        parte(limite, "attachment-name", "pagina.html")
            + parte(limite, "attachment-type", "text/html")
            + "--"
            + limite
            + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"pagina.html\"\r\n"
            + "Content-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n--"
            + limite
            + "--\r\n";
    var solicitud =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://localhost:"
                        + port
                        + "/engine-rest/task/"
                        + propio.tarea()
                        + "/attachment/create"))
            .header("Authorization", HttpClientSupport.basic(USUARIA, CLAVE))
            .header("Content-Type", "multipart/form-data; boundary=" + limite)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(cuerpo))
            .build();

    HttpResponse<String> respuesta =
        java.net.http.HttpClient.newHttpClient()
            .send(solicitud, HttpResponse.BodyHandlers.ofString());

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(403);
    assertThat(respuesta.body()).contains("no admiten adjuntos");
    assertThat(engine.getTaskService().getTaskAttachments(propio.tarea())).isEmpty();
  }

  private static String parte(String limite, String nombre, String valor) {
    return "--"
        + limite
        + "\r\nContent-Disposition: form-data; name=\""
        + nombre
        + "\"\r\n\r\n"
        + valor
        + "\r\n";
  }

  private HttpResponse<String> enviar(
      HttpClientSupport tasklist, String motor, String metodo, String ruta, String cuerpo) {
    if (motor.startsWith("/camunda")) {
      return tasklist.send(metodo, ruta, cuerpo, "X-XSRF-TOKEN", tasklist.webappCsrfToken());
    }
    return http()
        .send(metodo, ruta, cuerpo, "Authorization", HttpClientSupport.basic(USUARIA, CLAVE));
  }
}
