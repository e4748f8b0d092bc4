package cl.conveniosomm.decreto;

import cl.conveniosomm.system.texto.Fechas;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a step's submitted document from the process variables its form wrote. */
final class EntradasAntecedente {

  private EntradasAntecedente() {}

  static EntradaAntecedente desde(
      DelegateExecution execution, PasoAprobacion paso, String usuario) {
    EntradaAntecedente leida =
        ValidacionPasos.entrada(execution.getProcessBusinessKey(), paso, execution.getVariables());
    return new EntradaAntecedente(
        leida.convenioId(),
        leida.comunaCodigo(),
        leida.fechaSuscripcion(),
        paso,
        leida.numero(),
        leida.fecha(),
        leida.materia(),
        usuario);
  }

  /**
   * Once the step is recorded, its date variable holds the ISO date ({@code 2026-11-04}) whatever
   * the person typed ({@code 04/11/2026}), so Cockpit, the REST API and history show one
   * unambiguous value.
   */
  static void fechaEnIso(VariableScope ejecucion, PasoAprobacion paso) {
    if (ejecucion.getVariable(paso.variableFecha()) instanceof String texto && !texto.isBlank()) {
      ejecucion.setVariable(paso.variableFecha(), Fechas.leer(texto).toString());
    }
  }
}
