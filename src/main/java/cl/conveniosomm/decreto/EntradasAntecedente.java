package cl.conveniosomm.decreto;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads a step's submitted document from the process variables its form wrote. */
final class EntradasAntecedente {

  private EntradasAntecedente() {
  }

  static EntradaAntecedente desde(DelegateExecution execution, PasoAprobacion paso, String usuario) {
    EntradaAntecedente leida = ValidacionPasos.entrada(execution.getProcessBusinessKey(), paso, execution.getVariables());
    return new EntradaAntecedente(leida.convenioId(), leida.comunaCodigo(), leida.fechaSuscripcion(), paso,
        leida.numero(), leida.fecha(), leida.materia(), usuario);
  }
}
