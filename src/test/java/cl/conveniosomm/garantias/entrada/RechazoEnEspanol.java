package cl.conveniosomm.garantias.entrada;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** A refusal as people must get it: a 4xx, in Spanish, without the server's insides. */
final class RechazoEnEspanol {

  /**
   * Words every Spanish refusal here uses one of; Camunda's and Spring's own messages are English.
   */
  private static final Pattern SPANISH =
      Pattern.compile(
          "(?i)(falta|no es válid|no son válid|elija|indique|futuro|sólo admite|no se admit|debe|no existe|no tiene|"
              + "supera|desconocid|inválid|formato|no está|use |no es un|fuera del rango|anterior a|no admite|"
              + "no se puede|marque|no puede)");

  private RechazoEnEspanol() {}

  static void assertRefusedInSpanish(HttpResponse<String> respuesta) {
    assertThat(respuesta.statusCode()).as(respuesta.body()).isBetween(400, 499);
    assertThat(respuesta.body()).as("mensaje en español").containsPattern(SPANISH);
    assertThat(respuesta.body())
        .as("sin detalles internos")
        .doesNotContain("Exception:", "at cl.", "at org.");
  }
}
