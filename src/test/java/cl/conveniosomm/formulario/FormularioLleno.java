package cl.conveniosomm.formulario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a person filling a task's form in Tasklist sends, as text, for tests to spoil one field of.
 */
public final class FormularioLleno {

  private FormularioLleno() {}

  /** A value the form takes for every field the person can edit. */
  public static Map<String, String> de(EsquemaFormulario formulario) {
    Map<String, String> lleno = new LinkedHashMap<>();
    formulario.campos().values().stream()
        .filter(campo -> !campo.soloLectura())
        .forEach(campo -> lleno.put(campo.clave(), valor(campo)));
    return lleno;
  }

  static String valor(CampoFormulario campo) {
    return switch (campo.tipo()) {
      case TEXTO ->
          campo.patron() == null
              ? "Texto de prueba"
              : Stream.of("1234", "RJJ/mscg")
                  .filter(valor -> campo.patron().matcher(valor).matches())
                  .findFirst()
                  .orElseThrow();
      case NUMERO -> "1500000";
      case CASILLA -> "true";
      case LISTA_CASILLAS -> "[\"" + campo.opciones().keySet().iterator().next() + "\"]";
      case FECHA -> "10-01-2017";
      case OPCION -> campo.opciones().keySet().iterator().next();
    };
  }
}
