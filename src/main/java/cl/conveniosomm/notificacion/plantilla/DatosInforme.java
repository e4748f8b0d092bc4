package cl.conveniosomm.notificacion.plantilla;

/** A report as its email to SERNAMEG's contraparte técnica tells it. */
public record DatosInforme(
    String convenioId, String comuna, String informe, String resumen, int version) {}
