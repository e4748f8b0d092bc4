package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.system.engine.Reloj;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: the reminder scheduler's state. {@code vencidos} above zero for longer than {@code
 * omm.recordatorios.intervalo} means no node is queuing reminders; {@code conError} lists those
 * that failed, with the error, and when they are retried.
 */
@RestController
@RequestMapping("/api/operacion/recordatorios")
public class RecordatoriosController {

  private final PlazoRepository plazos;
  private final Reloj reloj;

  public RecordatoriosController(PlazoRepository plazos, Reloj reloj) {
    this.plazos = plazos;
    this.reloj = reloj;
  }

  public record RecordatorioFallido(
      String plazoId,
      String convenioId,
      String descripcion,
      int numero,
      int intentos,
      String error,
      Instant proximoIntento) {}

  @GetMapping("/resumen")
  public PlazoRepository.ResumenRecordatorios resumen() {
    return plazos.reminderSummary(reloj.ahora());
  }

  @GetMapping("/con-error")
  public List<RecordatorioFallido> conError() {
    return plazos.findFailingReminders(200).stream()
        .map(
            p ->
                new RecordatorioFallido(
                    p.id(),
                    p.convenioId(),
                    p.descripcion(),
                    p.proximoRecordatorio().numero(),
                    p.proximoRecordatorio().intentos(),
                    p.proximoRecordatorio().error(),
                    p.proximoRecordatorio().cuando()))
        .toList();
  }
}
