package cl.conveniosomm.notificacion.correo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: what waits in the outbox, what failed and why, and a retry after an SMTP outage.
 */
@RestController
@RequestMapping("/api/operacion/correos")
public class OutboxController {

  private final OutboxRepository repository;

  public OutboxController(OutboxRepository repository) {
    this.repository = repository;
  }

  public record MensajeVista(
      String id,
      String clave,
      String destinatario,
      String asunto,
      EstadoMensaje estado,
      int intentos,
      Instant proximoIntento,
      String ultimoError,
      Instant creadoEn,
      Instant enviadoEn) {}

  @GetMapping("/resumen")
  public OutboxRepository.ResumenCorreos resumen() {
    return repository.summary();
  }

  /**
   * Messages, newest first; {@code conError=true} lists those whose delivery failed and wait for a
   * retry.
   */
  @GetMapping
  public List<MensajeVista> listar(
      @RequestParam(required = false) EstadoMensaje estado,
      @RequestParam(defaultValue = "false") boolean conError) {
    return repository.find(estado, conError, 200).stream()
        .map(
            m ->
                new MensajeVista(
                    m.id(),
                    m.clave(),
                    m.destinatario(),
                    m.asunto(),
                    m.estado(),
                    m.intentos(),
                    m.proximoIntento(),
                    m.ultimoError(),
                    m.creadoEn(),
                    m.enviadoEn()))
        .toList();
  }

  @PostMapping("/reintentar")
  public Map<String, Integer> reintentar() {
    return Map.of("reprogramados", repository.retryFailedNow(Instant.now()));
  }
}
