package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.system.engine.Reloj;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where each reminder of a deadline falls. Steps are numbered from 1: first the ones before the due
 * date, farthest first, then the one on the day, then the overdue ones, with no end (they stop when
 * the obligation is met or cancelled).
 */
@Component
public class EscaleraRecordatorios {

  private static final ZoneId ZONA = Reloj.ZONA;

  private final RecordatoriosProperties properties;
  private final CalendarioService calendario;

  public EscaleraRecordatorios(RecordatoriosProperties properties, CalendarioService calendario) {
    this.properties = properties;
    this.calendario = calendario;
  }

  /**
   * The n-th step (n ≥ 1) for a due date in a comuna, or empty when the ladder has no such step.
   */
  public Optional<PasoRecordatorio> paso(int numero, LocalDate vence, String comuna) {
    var previos = properties.diasAntesDescendente();
    int indice = numero - 1;
    if (indice < previos.size()) {
      int dias = previos.get(indice);
      return Optional.of(
          paso(
              numero,
              calendario.addDiasHabiles(vence, -dias, comuna),
              PasoRecordatorio.Tipo.PREVIO,
              dias));
    }
    indice -= previos.size();
    if (properties.elDia()) {
      if (indice == 0) {
        return Optional.of(paso(numero, vence, PasoRecordatorio.Tipo.DIA, 0));
      }
      indice--;
    }
    if (properties.cadaDiasVencido() == 0) {
      return Optional.empty();
    }
    int diasVencido = (indice + 1) * properties.cadaDiasVencido();
    return Optional.of(
        paso(
            numero,
            calendario.addDiasHabiles(vence, diasVencido, comuna),
            PasoRecordatorio.Tipo.VENCIDO,
            -diasVencido));
  }

  /**
   * The next reminder to schedule after {@code ultimoEnviado} at time {@code ahora}, for a deadline
   * opened at {@code abierto}: steps that were already past when it opened are skipped; of the
   * steps due since and not sent (missed while the app was down) only the latest goes out;
   * otherwise the first one still to come.
   */
  public Optional<PasoRecordatorio> siguiente(
      int ultimoEnviado, LocalDate vence, String comuna, Instant abierto, Instant ahora) {
    Optional<PasoRecordatorio> candidato = paso(ultimoEnviado + 1, vence, comuna);
    while (candidato.isPresent() && candidato.get().instante().isBefore(abierto)) {
      candidato = paso(candidato.get().numero() + 1, vence, comuna);
    }
    while (candidato.isPresent() && !candidato.get().instante().isAfter(ahora)) {
      Optional<PasoRecordatorio> despues = paso(candidato.get().numero() + 1, vence, comuna);
      if (despues.isEmpty() || despues.get().instante().isAfter(ahora)) {
        return candidato;
      }
      candidato = despues;
    }
    return candidato;
  }

  private PasoRecordatorio paso(int numero, LocalDate fecha, PasoRecordatorio.Tipo tipo, int dias) {
    Instant instante = fecha.atTime(properties.hora()).atZone(ZONA).toInstant();
    return new PasoRecordatorio(numero, fecha, instante, tipo, dias);
  }
}
