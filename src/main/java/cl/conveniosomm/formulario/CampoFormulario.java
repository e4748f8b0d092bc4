package cl.conveniosomm.formulario;

import cl.conveniosomm.system.texto.DireccionCorreo;
import cl.conveniosomm.system.texto.Fechas;
import cl.conveniosomm.system.texto.Textos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field of a Camunda Form as the server enforces it: the type, the rules under {@code validate}
 * and the options the form declares, so a REST call cannot send what the form would not.
 */
public record CampoFormulario(
    String clave,
    String etiqueta,
    Tipo tipo,
    boolean requerido,
    boolean soloLectura,
    boolean condicional,
    Integer maximo,
    Integer minimo,
    BigDecimal valorMinimo,
    BigDecimal valorMaximo,
    Pattern patron,
    boolean correo,
    Map<String, String> opciones) {

  /** Form-js field types that carry a value. */
  public enum Tipo {
    TEXTO,
    NUMERO,
    CASILLA,
    LISTA_CASILLAS,
    FECHA,
    OPCION
  }

  /** The last year a document of a convenio may carry; the first is {@link Fechas#MINIMA}. */
  static final int ULTIMO_ANIO = 2100;

  /** The engine keeps a text variable in a column of 4000 characters. */
  static final int LARGO_MAXIMO_TEXTO = 4000;

  /** A tag, comment or processing instruction: text fields are plain text. */
  private static final Pattern MARCADO = Pattern.compile("<\\s*[A-Za-z/!?]");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAXIMO_OPCIONES_EN_MENSAJE = 20;

  /** Spanish problems with this value for the field; empty when the form would take it. */
  public List<String> problemas(Object valor) {
    if (vacio(valor)) {
      // a field shown only for one decision is required then: the feature's rules check that
      return requerido && !condicional && !soloLectura
          ? List.of("Falta «" + etiqueta + "».")
          : List.of();
    }
    if (!(valor instanceof String
        || valor instanceof Number
        || valor instanceof Boolean
        || valor instanceof Date
        || valor instanceof Collection<?>
        || valor instanceof JsonNode)) {
      return List.of("«" + etiqueta + "» no tiene un valor válido.");
    }
    return switch (tipo) {
      case TEXTO -> problemasDeTexto(valor);
      case NUMERO -> problemasDeNumero(valor);
      case CASILLA -> problemasDeCasilla(valor);
      case LISTA_CASILLAS -> problemasDeLista(valor);
      case FECHA -> problemasDeFecha(valor);
      case OPCION ->
          opciones.containsKey(valor.toString())
              ? List.of()
              : List.of(
                  "«"
                      + etiqueta
                      + "» debe ser una de las opciones del formulario"
                      + nombresDeOpciones()
                      + ".");
    };
  }

  /**
   * ": " and the options, or nothing when there are too many to read in a message (the comunas).
   */
  private String nombresDeOpciones() {
    return opciones.size() > MAXIMO_OPCIONES_EN_MENSAJE
        ? ""
        : ": " + String.join(", ", opciones.values());
  }

  private static boolean vacio(Object valor) {
    return valor == null || (valor instanceof String texto && texto.isBlank());
  }

  private List<String> problemasDeTexto(Object valor) {
    if (valor instanceof Collection<?>
        || valor instanceof JsonNode nodo && nodo.isContainerNode()) {
      return List.of("«" + etiqueta + "» debe ser texto.");
    }
    String texto = valor.toString();
    List<String> problemas = new ArrayList<>();
    int largoMaximo = maximo == null ? LARGO_MAXIMO_TEXTO : Math.min(maximo, LARGO_MAXIMO_TEXTO);
    if (texto.length() > largoMaximo) {
      problemas.add(
          "«"
              + etiqueta
              + "» no puede superar "
              + largoMaximo
              + " caracteres (tiene "
              + texto.length()
              + ").");
    } else if (MARCADO.matcher(texto).find()) {
      problemas.add("«" + etiqueta + "» no admite etiquetas HTML ni código: escriba sólo texto.");
    } else if (patron != null && !patron.matcher(texto).matches()) {
      problemas.add("«" + etiqueta + "» no tiene el formato del formulario.");
    } else if (correo && !DireccionCorreo.esValida(texto)) {
      problemas.add("«" + etiqueta + "» no es un correo válido.");
    }
    if (minimo != null && texto.trim().length() < minimo) {
      problemas.add("«" + etiqueta + "» debe tener al menos " + minimo + " caracteres.");
    }
    return problemas;
  }

  private List<String> problemasDeNumero(Object valor) {
    BigDecimal numero;
    try {
      numero =
          valor instanceof Number n
              ? new BigDecimal(n.toString())
              : new BigDecimal(valor.toString().trim());
    } catch (NumberFormatException e) {
      return List.of("«" + etiqueta + "» debe ser un número.");
    }
    if (valorMinimo != null && numero.compareTo(valorMinimo) < 0) {
      return List.of(
          "«" + etiqueta + "» no puede ser menor que " + valorMinimo.toPlainString() + ".");
    }
    if (valorMaximo != null && numero.compareTo(valorMaximo) > 0) {
      return List.of(
          "«" + etiqueta + "» no puede ser mayor que " + valorMaximo.toPlainString() + ".");
    }
    return List.of();
  }

  private List<String> problemasDeCasilla(Object valor) {
    String texto = valor.toString();
    if (!texto.equals("true") && !texto.equals("false")) {
      return List.of(
          "«" + etiqueta + "» debe marcarse o no (sí/no), no «" + Textos.corto(texto) + "».");
    }
    return requerido && texto.equals("false") ? List.of("Marque «" + etiqueta + "».") : List.of();
  }

  private List<String> problemasDeLista(Object valor) {
    Optional<List<String>> elegidas = elegidas(valor);
    if (elegidas.isEmpty() || !opciones.keySet().containsAll(elegidas.get())) {
      return List.of(
          "«" + etiqueta + "» sólo admite opciones del formulario" + nombresDeOpciones() + ".");
    }
    return List.of();
  }

  /**
   * The ticked options of a checklist: a list (Java API), a JSON array (REST, Spin), or the JSON
   * text Tasklist sends; empty when the value is none of them.
   */
  public static Optional<List<String>> elegidas(Object valor) {
    if (valor == null) {
      return Optional.empty();
    }
    if (valor instanceof Collection<?> lista) {
      return Optional.of(lista.stream().map(String::valueOf).toList());
    }
    try {
      JsonNode nodo = valor instanceof JsonNode json ? json : JSON.readTree(valor.toString());
      if (!nodo.isArray()) {
        return Optional.empty();
      }
      List<String> elegidas = new ArrayList<>();
      nodo.elements().forEachRemaining(elemento -> elegidas.add(elemento.asText()));
      return Optional.of(elegidas);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private List<String> problemasDeFecha(Object valor) {
    if (valor instanceof Number
        || valor instanceof Boolean
        || valor instanceof JsonNode
        || valor instanceof Collection<?>) {
      return List.of(
          "«"
              + etiqueta
              + "» no es una fecha: escríbala día-mes-año ("
              + Fechas.FORMATO
              + "), por ejemplo 04-11-2026.");
    }
    LocalDate fecha;
    try {
      fecha = Fechas.leer(valor);
    } catch (DateTimeParseException e) {
      return List.of("«" + etiqueta + "»: " + e.getMessage());
    }
    if (fecha.isBefore(Fechas.MINIMA) || fecha.getYear() > ULTIMO_ANIO) {
      return List.of(
          "«"
              + etiqueta
              + "» está fuera del rango admitido ("
              + Fechas.MINIMA.getYear()
              + " a "
              + ULTIMO_ANIO
              + ").");
    }
    return List.of();
  }
}
