package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.system.config.InvalidSettingsException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reminder ladder of every deadline (before, on and after the due date), configurable without
 * code: {@code omm.recordatorios.dias-antes} (días hábiles before the due date), {@code el-dia}
 * (one on the due date), {@code cada-dias-vencido} (every N días hábiles while overdue; escalated)
 * and {@code hora} (local time in America/Santiago at which reminders go out). The scheduler that
 * queues them ({@link ProgramadorRecordatorios}) looks every {@code intervalo}, takes {@code lote}
 * deadlines per transaction, and runs on every node unless {@code programador-activo} is false.
 */
@ConfigurationProperties("omm.recordatorios")
public record RecordatoriosProperties(
    List<Integer> diasAntes,
    Boolean elDia,
    Integer cadaDiasVencido,
    LocalTime hora,
    Duration intervalo,
    Integer lote,
    Boolean programadorActivo) {

  public RecordatoriosProperties {
    diasAntes = diasAntes == null ? List.of(10, 3) : List.copyOf(diasAntes);
    elDia = elDia == null || elDia;
    cadaDiasVencido = cadaDiasVencido == null ? 5 : cadaDiasVencido;
    hora = hora == null ? LocalTime.of(9, 0) : hora;
    intervalo = intervalo == null ? Duration.ofSeconds(5) : intervalo;
    lote = lote == null ? 100 : lote;
    programadorActivo = programadorActivo == null || programadorActivo;
    List<String> problems = new ArrayList<>();
    if (diasAntes.stream().anyMatch(dias -> dias == null || dias <= 0 || dias > 250)) {
      problems.add(
          "omm.recordatorios.dias-antes: "
              + diasAntes
              + " debe contener días hábiles positivos (entre 1 y 250)");
    } else if (diasAntes.stream().distinct().count() != diasAntes.size()) {
      problems.add("omm.recordatorios.dias-antes: " + diasAntes + " repite un mismo día");
    }
    if (cadaDiasVencido < 0 || cadaDiasVencido > 250) {
      problems.add(
          "omm.recordatorios.cada-dias-vencido: "
              + cadaDiasVencido
              + " debe estar entre 0 (sin avisos de vencimiento) y 250");
    }
    if (intervalo.isNegative()
        || intervalo.isZero()
        || intervalo.compareTo(Duration.ofHours(1)) > 0) {
      problems.add(
          "omm.recordatorios.intervalo: "
              + intervalo
              + " debe ser mayor que cero y no más de una hora");
    }
    if (lote < 1 || lote > 10_000) {
      problems.add(
          "omm.recordatorios.lote: " + lote + " debe estar entre 1 y 10000 plazos por transacción");
    }
    if (diasAntes.isEmpty() && !elDia && cadaDiasVencido == 0) {
      problems.add(
          "omm.recordatorios: la escalera no tiene ningún paso (sin días antes, sin aviso el día "
              + "del vencimiento y sin avisos de vencido)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
  }

  /** Días hábiles before the due date, farthest first. */
  public List<Integer> diasAntesDescendente() {
    return diasAntes.stream().sorted((a, b) -> b - a).toList();
  }
}
