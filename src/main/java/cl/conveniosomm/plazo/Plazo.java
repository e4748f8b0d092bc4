package cl.conveniosomm.plazo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deadline record, as stored: {@code comunaCodigo} is the convenio's comuna, {@code
 * calendarioComuna} the one whose holidays counted {@code vence} (see {@link NuevoPlazo}); {@code
 * proximoRecordatorio} is null when no reminder is left (closed, or the ladder has no more steps).
 */
public record Plazo(
    String id,
    String convenioId,
    String obligacion,
    String descripcion,
    String comunaCodigo,
    String comunaNombre,
    String calendarioComuna,
    LocalDate vence,
    EstadoPlazo estadoGuardado,
    List<String> responsables,
    List<String> escalamiento,
    List<String> contraparte,
    String direccionesInvalidas,
    String enlace,
    Instant creadoEn,
    Instant cerradoEn,
    ProximoRecordatorio proximoRecordatorio) {

  /** The state people see: a pending deadline whose day has passed is vencido. */
  public EstadoPlazo estado(LocalDate hoy) {
    return estadoGuardado == EstadoPlazo.PENDIENTE && hoy.isAfter(vence)
        ? EstadoPlazo.VENCIDO
        : estadoGuardado;
  }

  public Plazo conProximoRecordatorio(ProximoRecordatorio proximo) {
    return new Plazo(
        id,
        convenioId,
        obligacion,
        descripcion,
        comunaCodigo,
        comunaNombre,
        calendarioComuna,
        vence,
        estadoGuardado,
        responsables,
        escalamiento,
        contraparte,
        direccionesInvalidas,
        enlace,
        creadoEn,
        cerradoEn,
        proximo);
  }
}
