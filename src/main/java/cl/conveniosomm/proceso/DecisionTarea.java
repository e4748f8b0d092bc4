package cl.conveniosomm.proceso;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tasks that decide: the variable the form sets, the value that moves on, the one that returns the
 * document, and the observations that must come with a return.
 */
public enum DecisionTarea {
  REVISAR_CONVENIO(
      Tareas.REVISAR_CONVENIO,
      "revisionJuridica",
      "CONFORME",
      "OBSERVACIONES",
      "juridicaObservaciones"),
  FIRMAR_DECRETO(
      Tareas.FIRMAR_DECRETO, "firmaAlcalde", "FIRMADO", "OBSERVADO", "alcaldeObservaciones"),
  REVISAR_INFORME(
      Tareas.REVISAR_INFORME, "revisionInforme", "APROBADO", "OBSERVADO", "informeObservaciones"),
  REVISAR_DIAGNOSTICO(
      Tareas.REVISAR_DIAGNOSTICO,
      "revisionDiagnostico",
      "CONFORME",
      "OBSERVACIONES",
      "diagnosticoObservaciones"),
  REVISAR_AGENDA(
      Tareas.REVISAR_AGENDA, "revisionAgenda", "CONFORME", "OBSERVACIONES", "agendaObservaciones"),
  APROBAR_AGENDA(
      Tareas.APROBAR_AGENDA, "aprobacionAgenda", "APROBADA", "OBSERVADA", "agendaObservaciones"),
  REVISAR_PLAN(
      Tareas.REVISAR_PLAN, "revisionPlan", "CONFORME", "OBSERVACIONES", "planObservaciones"),
  APROBAR_PLAN(Tareas.APROBAR_PLAN, "aprobacionPlan", "APROBADO", "OBSERVADO", "planObservaciones");

  private final String tarea;
  private final String variable;
  private final String aprueba;
  private final String devuelve;
  private final String variableObservaciones;

  DecisionTarea(
      String tarea,
      String variable,
      String aprueba,
      String devuelve,
      String variableObservaciones) {
    this.tarea = tarea;
    this.variable = variable;
    this.aprueba = aprueba;
    this.devuelve = devuelve;
    this.variableObservaciones = variableObservaciones;
  }

  public static Optional<DecisionTarea> deTarea(String tarea) {
    return Arrays.stream(values()).filter(decision -> decision.tarea.equals(tarea)).findFirst();
  }

  public String variable() {
    return variable;
  }

  /** The value that returns the document with observations. */
  public String devuelve() {
    return devuelve;
  }

  public String variableObservaciones() {
    return variableObservaciones;
  }

  /** Spanish problems with the submitted decision; empty when it is complete. */
  public List<String> problemas(Object valor, Object observaciones) {
    String decision = valor == null ? "" : valor.toString();
    if (!decision.equals(aprueba) && !decision.equals(devuelve)) {
      return List.of(
          "Indique la decisión: " + aprueba.toLowerCase() + " o " + devuelve.toLowerCase() + ".");
    }
    boolean sinObservaciones = observaciones == null || observaciones.toString().isBlank();
    if (decision.equals(devuelve) && sinObservaciones) {
      return List.of("Escriba las observaciones: son las que recibirá quien debe corregir.");
    }
    if (observaciones != null && observaciones.toString().length() > 4000) {
      return List.of("Las observaciones no pueden superar 4000 caracteres.");
    }
    return List.of();
  }
}
