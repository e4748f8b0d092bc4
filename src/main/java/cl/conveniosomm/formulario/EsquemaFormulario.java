package cl.conveniosomm.formulario;

import cl.conveniosomm.formulario.CampoFormulario.Tipo;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fields of one Camunda Form ({@code forms/*.form}) that carry a value, by variable name. */
public record EsquemaFormulario(String id, Map<String, CampoFormulario> campos) {

  private static final Map<String, Tipo> TIPOS =
      Map.of(
          "textfield",
          Tipo.TEXTO,
          "textarea",
          Tipo.TEXTO,
          "number",
          Tipo.NUMERO,
          "checkbox",
          Tipo.CASILLA,
          "checklist",
          Tipo.LISTA_CASILLAS,
          "radio",
          Tipo.OPCION,
          "select",
          Tipo.OPCION);

  /**
   * Reads a form-js schema; fields of a type this app does not use make it fail, so none goes
   * unchecked.
   */
  public static EsquemaFormulario leer(JsonNode esquema) {
    Map<String, CampoFormulario> campos = new LinkedHashMap<>();
    agregar(esquema.path("components"), campos);
    return new EsquemaFormulario(esquema.path("id").asText(), campos);
  }

  public Optional<CampoFormulario> campo(String clave) {
    return Optional.ofNullable(campos.get(clave));
  }

  private static void agregar(JsonNode componentes, Map<String, CampoFormulario> campos) {
    for (JsonNode componente : componentes) {
      agregar(componente.path("components"), campos);
      String clave = componente.path("key").asText("");
      if (clave.isEmpty()) {
        continue;
      }
      if ("datetime".equals(componente.path("type").asText())) {
        throw new IllegalStateException(
            "Campo «"
                + clave
                + "»: el selector de fecha de Camunda Forms lee el mes primero; "
                + "use un campo de texto con \"properties\": {\"tipo\": \"fecha\"} y el patrón dd-mm-aaaa.");
      }
      Tipo tipo = esFecha(componente) ? Tipo.FECHA : TIPOS.get(componente.path("type").asText());
      if (tipo == null) {
        throw new IllegalStateException(
            "Campo «" + clave + "» de tipo desconocido: " + componente.path("type"));
      }
      campos.put(clave, campo(clave, tipo, componente));
    }
  }

  /**
   * A date: form-js's own date picker reads month first, so the forms ask for dates in a text field
   * marked {@code "properties": {"tipo": "fecha"}}, read day first by {@link
   * cl.conveniosomm.system.texto.Fechas}.
   */
  private static boolean esFecha(JsonNode componente) {
    return "textfield".equals(componente.path("type").asText())
        && "fecha".equals(componente.path("properties").path("tipo").asText());
  }

  private static CampoFormulario campo(String clave, Tipo tipo, JsonNode componente) {
    JsonNode validar = componente.path("validate");
    Map<String, String> opciones = new LinkedHashMap<>();
    componente
        .path("values")
        .forEach(
            opcion -> opciones.put(opcion.path("value").asText(), opcion.path("label").asText()));
    String patron = validar.path("pattern").asText("");
    return new CampoFormulario(
        clave,
        etiqueta(componente, clave),
        tipo,
        validar.path("required").asBoolean(false),
        componente.path("readonly").asBoolean(false),
        componente.has("conditional"),
        entero(validar, "maxLength"),
        entero(validar, "minLength"),
        decimal(validar, "min"),
        decimal(validar, "max"),
        patron.isEmpty() ? null : Pattern.compile(patron),
        "email".equals(validar.path("validationType").asText()),
        Collections.unmodifiableMap(opciones));
  }

  /** What the person reads above the field: date fields carry it as {@code dateLabel}. */
  private static String etiqueta(JsonNode componente, String clave) {
    return componente.path("label").asText(componente.path("dateLabel").asText(clave));
  }

  private static Integer entero(JsonNode validar, String regla) {
    return validar.hasNonNull(regla) ? validar.get(regla).asInt() : null;
  }

  private static BigDecimal decimal(JsonNode validar, String regla) {
    return validar.hasNonNull(regla) ? validar.get(regla).decimalValue() : null;
  }
}
