package cl.conveniosomm.plazo.calendario;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.system.web.ApiErrores;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class CalendarioControllerTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(
              new CalendarioController(
                  new CalendarioService(new CatalogoFeriados()), new CatalogoComunas()))
          .setControllerAdvice(new ApiErrores())
          .defaultResponseCharacterEncoding(StandardCharsets.UTF_8)
          .build();

  @Test
  void feriadosDelAnioParaUnaComuna() throws Exception {
    mvc.perform(get("/api/calendario/feriados").param("anio", "2026").param("comuna", "04101"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$", hasSize(16)))
        .andExpect(jsonPath("$[0].fecha").value("2026-01-01"))
        .andExpect(jsonPath("$[0].nombre").value("Año Nuevo"))
        .andExpect(jsonPath("$[0].fundamentoLegal").value("Ley 2.977"))
        .andExpect(jsonPath("$[0].regional").value(false))
        .andExpect(jsonPath("$[6].fecha").value("2026-06-29"))
        .andExpect(jsonPath("$[6].nombre").value("San Pedro y San Pablo"));
  }

  @Test
  void feriadosRegionalesMarcados() throws Exception {
    mvc.perform(get("/api/calendario/feriados").param("anio", "2026").param("comuna", "16101"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.regional == true)].nombre")
                .value("Nacimiento del Prócer de la Independencia"))
        .andExpect(jsonPath("$[?(@.regional == true)].fecha").value("2026-08-20"));
  }

  @Test
  void vencimientoDeUnPlazo() throws Exception {
    mvc.perform(
            get("/api/calendario/plazo")
                .param("desde", "2026-06-26")
                .param("dias", "5")
                .param("comuna", "04101"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.desde").value("2026-06-26"))
        .andExpect(jsonPath("$.dias").value(5))
        .andExpect(jsonPath("$.comuna").value("04101"))
        .andExpect(jsonPath("$.vence").value("2026-07-06"));
  }

  @Test
  void plazoSinComunaUsaSoloFeriadosNacionales() throws Exception {
    mvc.perform(get("/api/calendario/plazo").param("desde", "2023-09-19").param("dias", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.comuna").doesNotExist())
        .andExpect(jsonPath("$.vence").value("2023-09-20"));
  }

  @ParameterizedTest(name = "{0}?{1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/calendario/feriados | anio=1999 | El año 1999 está fuera del rango que cubre el calendario (2000 a 2100).",
        "/api/calendario/feriados | anio=dos-mil | El parámetro «anio» no es válido («dos-mil»): debe ser un año de cuatro dígitos, por ejemplo 2026.",
        "/api/calendario/feriados | comuna=04101 | Falta el parámetro obligatorio «anio».",
        "/api/calendario/feriados | anio=2026&comuna=La Serena | El código de comuna «La Serena» no es válido: debe ser el código CUT de 5 dígitos, por ejemplo 04101 para La Serena.",
        "/api/calendario/plazo | desde=26-06-2026&dias=5 | El parámetro «desde» no es válido («26-06-2026»): debe ser una fecha con formato AAAA-MM-DD, por ejemplo 2026-06-26.",
        "/api/calendario/plazo | desde=2026-06-26&dias=cinco | El parámetro «dias» no es válido («cinco»): debe ser un número entero de días hábiles, por ejemplo 5 o -5.",
        "/api/calendario/plazo | desde=2026-06-26&dias=4000 | La cantidad de días hábiles debe estar entre -3650 y 3650; se recibió 4000.",
        "/api/calendario/plazo | dias=5 | Falta el parámetro obligatorio «desde».",
        "/api/calendario/feriados | anio=2026&comuna=04999 | No existe la comuna 04999 en el catálogo de comunas (códigos CUT de SUBDERE); por ejemplo, 04101 es La Serena.",
        "/api/calendario/plazo | desde=2026-06-26&dias=5&comuna=16999 | No existe la comuna 16999 en el catálogo de comunas (códigos CUT de SUBDERE); por ejemplo, 04101 es La Serena."
      })
  void parametrosMalosDanCuatrocientosConMensajeEnEspanol(
      String ruta, String consulta, String mensaje) throws Exception {
    var pedido = get(ruta);
    for (String par : consulta.split("&")) {
      String[] nombreYValor = par.split("=", 2);
      pedido.param(nombreYValor[0], nombreYValor[1]);
    }
    mvc.perform(pedido)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value(mensaje));
  }
}
