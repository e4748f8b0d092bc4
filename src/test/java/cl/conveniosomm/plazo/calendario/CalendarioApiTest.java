package cl.conveniosomm.plazo.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar API over HTTP, as the app serves it: the single-year holidays of 2017 and 2018 where
 * the laws declared them, and a comuna that does not exist refused.
 */
class CalendarioApiTest extends DemoApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void elDiaDelCensoDe2017FueFeriadoEnTodoElPais() throws Exception {
    JsonNode censo = feriado(feriados(2017, "15201"), "2017-04-19");

    assertThat(censo.path("nombre").asText()).isEqualTo("Censo abreviado de población y vivienda");
    assertThat(censo.path("fundamentoLegal").asText()).isEqualTo("Ley 17.374, art. 44");
    assertThat(censo.path("regional").asBoolean()).isFalse();
    assertThat(plazo("2017-04-18", 1, "12101").path("vence").asText())
        .as("Punta Arenas")
        .isEqualTo("2017-04-20");
  }

  /**
   * Ley 21.065 (16 January, Región Metropolitana) and Ley 21.051 (17 La Araucanía, 18 Tarapacá).
   */
  @ParameterizedTest
  @CsvSource({
    "13101, 2018-01-16, Ley 21.065",
    "09101, 2018-01-17, Ley 21.051",
    "01101, 2018-01-18, Ley 21.051"
  })
  void laVisitaDelPapaFueFeriadoSoloEnSuRegion(String comuna, String dia, String ley)
      throws Exception {
    JsonNode visita = feriado(feriados(2018, comuna), dia);

    assertThat(visita.path("nombre").asText()).isEqualTo("Visita del Papa Francisco");
    assertThat(visita.path("fundamentoLegal").asText()).isEqualTo(ley);
    assertThat(visita.path("regional").asBoolean()).isTrue();
    assertThat(fechas(feriados(2018, "04101"))).as("La Serena").doesNotContain(dia);
  }

  @Test
  void el18DeEneroDe2018SeTrabajoEnLaSerenaPeroNoEnIquique() throws Exception {
    assertThat(plazo("2018-01-17", 1, "04101").path("vence").asText()).isEqualTo("2018-01-18");
    assertThat(plazo("2018-01-17", 1, "01101").path("vence").asText()).isEqualTo("2018-01-19");
  }

  @ParameterizedTest
  @CsvSource({
    "/api/calendario/feriados?anio=2026&comuna=04999, 04999",
    "/api/calendario/plazo?desde=2026-06-26&dias=5&comuna=16999, 16999"
  })
  void unaComunaQueNoExisteSeRechazaEnEspanol(String ruta, String comuna) throws Exception {
    HttpResponse<String> respuesta = http().getAs("dideco", "demo", ruta);

    assertThat(respuesta.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(respuesta.body()).path("error").asText())
        .startsWith("No existe la comuna " + comuna + " en el catálogo");
  }

  private JsonNode feriados(int anio, String comuna) throws Exception {
    return ok("/api/calendario/feriados?anio=" + anio + "&comuna=" + comuna);
  }

  private JsonNode plazo(String desde, int dias, String comuna) throws Exception {
    return ok("/api/calendario/plazo?desde=" + desde + "&dias=" + dias + "&comuna=" + comuna);
  }

  private JsonNode ok(String ruta) throws Exception {
    HttpResponse<String> respuesta = http().getAs("dideco", "demo", ruta);
    assertThat(respuesta.statusCode()).as(ruta + ": " + respuesta.body()).isEqualTo(200);
    return JSON.readTree(respuesta.body());
  }

  private static JsonNode feriado(JsonNode feriados, String fecha) {
    for (JsonNode feriado : feriados) {
      if (feriado.path("fecha").asText().equals(fecha)) {
        return feriado;
      }
    }
    throw new AssertionError("No aparece el feriado del " + fecha + " en " + feriados);
  }

  private static List<String> fechas(JsonNode feriados) {
    List<String> fechas = new ArrayList<>();
    feriados.forEach(feriado -> fechas.add(feriado.path("fecha").asText()));
    return fechas;
  }
}
