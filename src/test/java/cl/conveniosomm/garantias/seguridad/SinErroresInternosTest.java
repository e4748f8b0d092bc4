package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No address, spelling or body makes the server answer 500: what it does not know answers 404, what
 * it cannot read a 4xx in Spanish, and the engine never sees a body its guard could not read.
 */
class SinErroresInternosTest extends DemoApplicationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator/env",
        "/v3/api-docs",
        "/ENGINE-REST/task",
        "/%65ngine-rest/task",
        "/engine-rest/%74ask/count",
        "/camunda/api/%61dmin/setup/default/user/create",
        "/error",
        "/error/",
        "/no/existe",
        "/engine-rest/nada",
        "/api/nada"
      })
  void oddAddressesAnswerAClientErrorInSpanish(String ruta) {
    for (String usuario : new String[] {"admin", "dideco"}) {
      HttpResponse<String> respuesta = http().getAs(usuario, "demo", ruta);

      assertThat(respuesta.statusCode())
          .as(usuario + " " + ruta + ": " + respuesta.body())
          .isBetween(400, 499);
      assertThat(respuesta.body())
          .as(ruta)
          .containsAnyOf("dirección", "No existe", "deshabilitada");
    }
  }

  @Test
  void aQueryWithoutAPageSizeSaysInSpanishHowToPage() {
    HttpResponse<String> sinPagina =
        http()
            .getAs(
                "dideco",
                "demo",
                "/engine-rest/history/process-instance?processDefinitionKey=convenio-omm");
    HttpResponse<String> paginaGrande =
        http().getAs("dideco", "demo", "/engine-rest/task?maxResults=5000");
    HttpResponse<String> conPagina =
        http()
            .getAs(
                "dideco",
                "demo",
                "/engine-rest/history/process-instance?processDefinitionKey=convenio-omm&firstResult=0&maxResults=100");

    assertThat(sinPagina.statusCode()).isEqualTo(400);
    assertThat(sinPagina.body()).contains("maxResults").contains("firstResult");
    assertThat(paginaGrande.statusCode()).isEqualTo(400);
    assertThat(paginaGrande.body()).contains("2.000 filas");
    assertThat(conPagina.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({
    "dideco, 403, no se inician por condiciones",
    "admin, 400, se inicia por condiciones"
  })
  void aConditionalStartIsRefusedWithoutAnInternalError(
      String usuario, int status, String mensaje) {
    HttpResponse<String> respuesta =
        http().postJsonAs(usuario, "demo", "/engine-rest/condition", "{\"variables\":{}}");

    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(status);
    assertThat(respuesta.body()).contains(mensaje);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "comprimido       | application/json                    | gzip | {}                              | 415",
        "latin1           | application/json; charset=ISO-8859-1 |      | {}                              | 415",
        "xml              | application/xml                     |      | <a/>                            | 415",
        "texto            | text/plain                          |      | {}                              | 415",
        "tipo ilegible    | ;;;                                 |      | {}                              | 415",
        "claves repetidas | application/json                    |      | {\"assignee\":\"a\",\"assignee\":\"b\"} | 400",
        "dos valores      | application/json                    |      | {} {\"orQueries\":[]}            | 400",
        "no es JSON       | application/json                    |      | {assignee:                      | 400",
        "UTF-16           | application/json                    | utf16 | {}                              | 400"
      })
  void aBodyTheGuardCannotReadIsRefusedBeforeTheEngine(
      String caso, String tipo, String codificacion, String cuerpo, int status) {
    HttpResponse<String> respuesta =
        enviar(tipo, codificacion, cuerpo.getBytes(StandardCharsets.UTF_8));

    assertThat(respuesta.statusCode()).as(caso + ": " + respuesta.body()).isEqualTo(status);
    assertThat(respuesta.body())
        .as(caso)
        .contains("InvalidRequestException")
        .containsAnyOf("JSON", "json", "UTF-8");
  }

  @ParameterizedTest
  @ValueSource(ints = {1_048_577, 1_900_000})
  void aBodyOverTheLimitIsRefusedWhetherOrNotItAnnouncesItsLength(int bytes) {
    byte[] cuerpo = ("{\"name\":\"" + "a".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8);

    assertThat(enviar("application/json", "", cuerpo).statusCode()).isEqualTo(413);
    assertThat(enviar("application/json", "chunked", cuerpo).statusCode()).isEqualTo(413);
  }

  private HttpResponse<String> enviar(String tipo, String codificacion, byte[] cuerpo) {
    HttpRequest.Builder solicitud =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/count"))
            .header("Authorization", HttpClientSupport.basic("dideco", "demo"))
            .header("Content-Type", tipo);
    HttpRequest.BodyPublisher publicador =
        switch (codificacion == null ? "" : codificacion) {
          case "gzip" -> {
            solicitud.header("Content-Encoding", "gzip");
            yield HttpRequest.BodyPublishers.ofByteArray(gzip(cuerpo));
          }
          case "utf16" ->
              HttpRequest.BodyPublishers.ofByteArray(
                  new String(cuerpo, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
          // without a length, the body arrives chunked
          case "chunked" ->
              HttpRequest.BodyPublishers.ofInputStream(
                  () -> new java.io.ByteArrayInputStream(cuerpo));
          default -> HttpRequest.BodyPublishers.ofByteArray(cuerpo);
        };
    try {
      return HttpClient.newHttpClient()
          .send(solicitud.POST(publicador).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] datos) {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(salida)) {
      gzip.write(datos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return salida.toByteArray();
  }
}
