package cl.conveniosomm.plazo.calendario;

/** Cuerpo de una respuesta 400: el mensaje en español para quien hizo la consulta. */
public record ErrorRespuesta(String error) {
}
