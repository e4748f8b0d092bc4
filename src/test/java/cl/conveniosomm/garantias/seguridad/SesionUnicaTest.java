package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One session for the webapps and the app's pages: the app reads the webapps' login and never
 * changes its id, so a page's parallel requests all arrive logged in; a browser is never asked for
 * Basic.
 */
class SesionUnicaTest extends DemoApplicationTest {

  private static final List<String> PAGINA =
      List.of(
          "/documentos.html",
          "/documentos.css",
          "/documentos.js",
          "/api/documentos/pendientes",
          "/api/decretos/borradores");

  @Test
  void theAppsPagesAndCallsKeepTheWebappsSession() {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "dideco", "demo");
    String sesion = navegador.csrfCookie("JSESSIONID");
    assertThat(sesion).isNotEmpty();

    for (String path : PAGINA) {
      HttpResponse<String> respuesta = navegador.get(path);
      assertThat(respuesta.statusCode()).as(path).isEqualTo(200);
      assertThat(respuesta.headers().allValues("Set-Cookie"))
          .as(path)
          .noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    assertThat(navegador.csrfCookie("JSESSIONID")).isEqualTo(sesion);
    assertThat(navegador.get("/camunda/api/admin/auth/user/default").body())
        .contains("\"userId\":\"dideco\"");
  }

  @Test
  void parallelRequestsOnOneSessionAreAllLoggedIn() {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "dideco", "demo");
    String cookie = "JSESSIONID=" + navegador.csrfCookie("JSESSIONID");
    HttpClient cliente = HttpClient.newHttpClient();

    for (int ronda = 0; ronda < 5; ronda++) {
      List<CompletableFuture<HttpResponse<String>>> enCurso =
          IntStream.range(0, 3)
              .boxed()
              .flatMap(vez -> PAGINA.stream())
              .map(
                  path ->
                      cliente.sendAsync(
                          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                              .header("Cookie", cookie)
                              .header("Sec-Fetch-Mode", "cors")
                              .build(),
                          HttpResponse.BodyHandlers.ofString()))
              .toList();
      for (CompletableFuture<HttpResponse<String>> pedido : enCurso) {
        HttpResponse<String> respuesta = pedido.join();
        assertThat(respuesta.statusCode())
            .as(respuesta.uri() + " " + respuesta.body())
            .isEqualTo(200);
        assertThat(respuesta.headers().allValues("Set-Cookie"))
            .noneMatch(c -> c.startsWith("JSESSIONID="));
      }
    }
  }

  @Test
  void aBrowserIsNeverAskedForBasicCredentials() {
    HttpResponse<String> desdeUnaPagina =
        http()
            .get(
                "/api/documentos/pendientes",
                "Sec-Fetch-Mode",
                "cors",
                "Sec-Fetch-Site",
                "same-origin",
                "Accept",
                "*/*");
    HttpResponse<String> sesionVencida =
        http().get("/api/documentos/pendientes", "Cookie", "JSESSIONID=vencida");
    HttpResponse<String> pagina =
        http().get("/documentos.html", "Accept", "text/html,application/xhtml+xml");

    for (HttpResponse<String> respuesta : List.of(desdeUnaPagina, sesionVencida)) {
      assertThat(respuesta.statusCode()).isEqualTo(401);
      assertThat(respuesta.headers().firstValue("WWW-Authenticate")).isEmpty();
      assertThat(respuesta.body()).contains("Debe iniciar sesión");
    }
    assertThat(pagina.statusCode()).isEqualTo(302);
    assertThat(pagina.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));
    assertThat(pagina.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void anApiClientWithoutABrowserIsStillChallenged() {
    HttpResponse<String> cliente =
        http().get("/api/documentos/pendientes", "Accept", "application/json");

    assertThat(cliente.statusCode()).isEqualTo(401);
    assertThat(cliente.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(valor -> assertThat(valor).startsWith("Basic"));
    assertThat(http().getAs("dideco", "demo", "/api/documentos/pendientes").statusCode())
        .isEqualTo(200);
  }
}
