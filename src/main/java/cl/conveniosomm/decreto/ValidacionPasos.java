package cl.conveniosomm.decreto;

import cl.conveniosomm.proceso.ValidacionDecisiones;
import cl.conveniosomm.proceso.ValidadorTarea;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.texto.Fechas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The approval's tasks: the antecedente each one records, and the decreto's preparation (decisions:
 * {@link ValidacionDecisiones}).
 */
@Component
public class ValidacionPasos implements ValidadorTarea {

  private final AntecedenteService antecedentes;

  public ValidacionPasos(AntecedenteService antecedentes) {
    this.antecedentes = antecedentes;
  }

  @Override
  public List<String> problemas(String tarea, String convenio, Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    PasoAprobacion.deTarea(tarea)
        .ifPresent(
            paso -> problemas.addAll(antecedentes.problemas(entrada(convenio, paso, variables))));
    if (PreparacionDecreto.TAREA.equals(tarea)) {
      problemas.addAll(PreparacionDecreto.problemas(variables));
    }
    return problemas;
  }

  private static Object materia(PasoAprobacion paso, Map<String, Object> variables) {
    Object escrita = variables.get(paso.variableMateria());
    return escrita == null || escrita.toString().isBlank()
        ? paso.materiaPorDefecto(variables)
        : escrita;
  }

  static EntradaAntecedente entrada(
      String convenio, PasoAprobacion paso, Map<String, Object> variables) {
    Object comuna = variables.get(Variables.COMUNA_CODIGO);
    return new EntradaAntecedente(
        convenio,
        comuna == null ? null : comuna.toString(),
        Fechas.leer(variables.get(Variables.FECHA_SUSCRIPCION)),
        paso,
        variables.get(paso.variableNumero()),
        variables.get(paso.variableFecha()),
        materia(paso, variables),
        null);
  }
}
