package cl.conveniosomm.plazo;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation a process opens: what is due, by when, and who hears about it.
 *
 * @param obligacion stable code, unique per convenio (e.g. "informe-semestral-2026-1")
 * @param descripcion what is due, in Spanish, as people read it
 * @param comunaCodigo the convenio's comuna: whose deadline it is (tenant, who may see it,
 *     dashboard)
 * @param calendarioComuna the comuna whose holidays counted it: where the party that must meet it
 *     acts ({@link QuienActua}); its reminders count in the same calendar
 * @param responsables who must do it: every reminder
 * @param escalamiento DIDECO director and Alcaldía: copied from the first overdue notice
 * @param contraparte SERNAMEG's contraparte técnica: copied on overdue notices
 * @param enlace where to act on it (Tasklist)
 * @param categoria report, ciclo document or procedure step, for the compliance dashboard
 */
public record NuevoPlazo(
    String convenioId,
    String obligacion,
    String descripcion,
    String comunaCodigo,
    String comunaNombre,
    String calendarioComuna,
    LocalDate vence,
    List<String> responsables,
    List<String> escalamiento,
    List<String> contraparte,
    String enlace,
    CategoriaPlazo categoria) {

  /** A municipal procedure step, counted in the convenio's comuna. */
  public NuevoPlazo(
      String convenioId,
      String obligacion,
      String descripcion,
      String comunaCodigo,
      String comunaNombre,
      LocalDate vence,
      List<String> responsables,
      List<String> escalamiento,
      List<String> contraparte,
      String enlace) {
    this(
        convenioId,
        obligacion,
        descripcion,
        comunaCodigo,
        comunaNombre,
        comunaCodigo,
        vence,
        responsables,
        escalamiento,
        contraparte,
        enlace,
        CategoriaPlazo.TRAMITE);
  }
}
