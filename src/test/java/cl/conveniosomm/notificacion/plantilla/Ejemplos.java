package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;

/** Sample data for the tests. */
final class Ejemplos {

  static final PlantillasCorreo PLANTILLAS = PlantillasCorreo.conMotorPropio();
  static final LocalDate VENCE = LocalDate.of(2027, 1, 12);
  static final String ENLACE =
      "https://omm.example.cl/camunda/app/tasklist/default/#/?task=abc-123";

  private Ejemplos() {}

  static DatosRecordatorio recordatorio(TipoRecordatorio tipo, int diasHabiles, boolean escalado) {
    return recordatorio("Coquimbo", tipo, diasHabiles, escalado);
  }

  static DatosRecordatorio recordatorio(
      String comuna, TipoRecordatorio tipo, int diasHabiles, boolean escalado) {
    return new DatosRecordatorio(
        "informe-sem-2026-1-CONV-7",
        "CONV-7",
        comuna,
        "Informe Semestral de Avance",
        VENCE,
        tipo,
        diasHabiles,
        escalado,
        ENLACE);
  }

  static DatosTarea tarea(String id, LocalDate vence, String grupo, boolean asignadaAUsted) {
    return new DatosTarea(
        id,
        "Revisar el convenio",
        "CONV-7",
        "La Serena",
        vence,
        grupo,
        asignadaAUsted,
        ENLACE + id);
  }
}
