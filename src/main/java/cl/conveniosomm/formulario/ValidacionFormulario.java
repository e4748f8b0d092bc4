package cl.conveniosomm.formulario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What a person may submit to complete a task: only the fields of its form, each as the form
 * declares it. Runs before the features' own rules, which can then trust the types.
 */
@Component
public class ValidacionFormulario {

  private final FormulariosDeTareas formularios;

  public ValidacionFormulario(FormulariosDeTareas formularios) {
    this.formularios = formularios;
  }

  /**
   * Spanish problems with completing task {@code tarea} (definition key; {@code nombre} for people)
   * with the {@code enviadas} variables, over the instance's {@code actuales}; empty when fine.
   */
  public List<String> problemas(
      String tarea, String nombre, Map<String, Object> enviadas, Map<String, Object> actuales) {
    List<String> problemas = new ArrayList<>(camposAjenos(tarea, nombre, enviadas.keySet()));
    problemas.addAll(problemasDeCampos(tarea, enviadas, actuales));
    return problemas;
  }

  /**
   * Spanish problems with the values of the form's own fields among {@code enviadas} (type, length,
   * options, required), leaving aside the variables the form does not have; empty when fine.
   */
  public List<String> problemasDeCampos(
      String elemento, Map<String, Object> enviadas, Map<String, Object> actuales) {
    EsquemaFormulario esquema = formularios.de(elemento).orElse(null);
    if (esquema == null) {
      return List.of();
    }
    List<String> problemas = new ArrayList<>();
    enviadas.forEach(
        (clave, valor) ->
            esquema
                .campo(clave)
                .ifPresent(
                    campo ->
                        problemas.addAll(
                            campo.soloLectura()
                                ? cambioDeSoloLectura(campo, valor, actuales.get(clave))
                                : campo.problemas(valor))));
    esquema.campos().values().stream()
        .filter(
            campo ->
                !enviadas.containsKey(campo.clave())
                    && texto(actuales.get(campo.clave())).isEmpty())
        .forEach(campo -> problemas.addAll(campo.problemas(null)));
    return problemas;
  }

  /**
   * Spanish problems for each submitted variable the form of {@code elemento} (a user task or a
   * start event) does not have: a submission cannot set the process's other variables.
   */
  public List<String> camposAjenos(String elemento, String nombre, Collection<String> enviadas) {
    return formularios
        .de(elemento)
        .map(
            esquema ->
                enviadas.stream()
                    .filter(clave -> esquema.campo(clave).isEmpty())
                    .map(
                        clave ->
                            "«" + nombre + "» no tiene el campo «" + clave + "» en su formulario.")
                    .toList())
        .orElse(List.of());
  }

  /** Tasklist sends read-only fields back as it showed them; a different value is an edit. */
  private static List<String> cambioDeSoloLectura(
      CampoFormulario campo, Object enviado, Object actual) {
    return Objects.equals(texto(enviado), texto(actual))
        ? List.of()
        : List.of("«" + campo.etiqueta() + "» no se puede modificar en esta tarea.");
  }

  private static String texto(Object valor) {
    return valor == null || valor.toString().isBlank() ? "" : valor.toString();
  }
}
