package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import cl.conveniosomm.system.engine.Reloj;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the reminders that are due, by the engine's clock. Each pending deadline stores its next
 * reminder ({@code omm_plazo.proximo_recordatorio}); every node polls the due ones in batches, each
 * batch locked ({@code FOR UPDATE SKIP LOCKED}, so nodes take different deadlines), queued to the
 * outbox and rescheduled in one transaction: a reminder is in the outbox exactly when its deadline
 * moved on to the next, and a node killed mid-batch leaves the batch to the next poll. A batch that
 * fails is retried one deadline per transaction, and a deadline that still fails keeps its
 * reminder, with the error for operators, and is retried later with a growing wait.
 */
@Component
public class ProgramadorRecordatorios {

  private static final Logger LOG = LoggerFactory.getLogger(ProgramadorRecordatorios.class);
  private static final Duration PRIMER_REINTENTO = Duration.ofMinutes(1);
  private static final Duration MAXIMO_REINTENTO = Duration.ofHours(1);

  private final PlazoRepository plazos;
  private final RecordatorioService recordatorios;
  private final RecordatoriosProperties properties;
  private final TransactionTemplate transaccion;
  private final Reloj reloj;

  public ProgramadorRecordatorios(
      PlazoRepository plazos,
      RecordatorioService recordatorios,
      RecordatoriosProperties properties,
      TransactionTemplate transaccion,
      Reloj reloj) {
    this.plazos = plazos;
    this.recordatorios = recordatorios;
    this.properties = properties;
    this.transaccion = transaccion;
    this.reloj = reloj;
  }

  @Scheduled(
      fixedDelayString = "${omm.recordatorios.intervalo:5s}",
      initialDelayString = "${omm.recordatorios.intervalo:5s}")
  public void programado() {
    if (properties.programadorActivo()) {
      enviarVencidos();
    }
  }

  /** Queues every reminder due now, batch after batch; returns how many reminders were queued. */
  public int enviarVencidos() {
    int enviados = 0;
    Lote lote;
    do {
      lote = siguienteLote();
      enviados += lote.enviados();
    } while (lote.tomados() == properties.lote());
    return enviados;
  }

  private record Lote(int tomados, int enviados) {}

  private Lote siguienteLote() {
    Instant ahora = reloj.ahora();
    try {
      return transaccion.execute(
          estado -> {
            List<Plazo> vencidos = plazos.lockDueReminders(ahora, properties.lote());
            Map<String, ProximoRecordatorio> siguientes = new HashMap<>();
            vencidos.forEach(
                plazo ->
                    siguientes.put(
                        plazo.id(),
                        recordatorios.enviar(plazo, plazo.proximoRecordatorio().numero())));
            plazos.scheduleReminders(siguientes);
            return new Lote(vencidos.size(), vencidos.size());
          });
    } catch (RuntimeException e) {
      LOG.warn("Un lote de recordatorios falló ({}); se reintenta de a un plazo", e.toString());
      return unoPorUno(ahora);
    }
  }

  private Lote unoPorUno(Instant ahora) {
    int tomados = 0;
    int enviados = 0;
    for (int i = 0; i < properties.lote(); i++) {
      Boolean enviado =
          transaccion.execute(
              estado -> {
                List<Plazo> vencido = plazos.lockDueReminders(ahora, 1);
                if (vencido.isEmpty()) {
                  return null;
                }
                Plazo plazo = vencido.get(0);
                ProximoRecordatorio proximo = plazo.proximoRecordatorio();
                Object antes = estado.createSavepoint();
                try {
                  plazos.scheduleReminder(
                      plazo.id(), recordatorios.enviar(plazo, proximo.numero()));
                  return true;
                } catch (RuntimeException e) {
                  estado.rollbackToSavepoint(antes);
                  plazos.scheduleReminder(plazo.id(), reintento(plazo, e, ahora));
                  return false;
                }
              });
      if (enviado == null) {
        break;
      }
      tomados++;
      enviados += enviado ? 1 : 0;
    }
    return new Lote(tomados, enviados);
  }

  private static ProximoRecordatorio reintento(Plazo plazo, RuntimeException e, Instant ahora) {
    ProximoRecordatorio proximo = plazo.proximoRecordatorio();
    Duration espera = PRIMER_REINTENTO.multipliedBy(1L << Math.min(proximo.intentos(), 10));
    espera = espera.compareTo(MAXIMO_REINTENTO) > 0 ? MAXIMO_REINTENTO : espera;
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    LOG.warn(
        "No se pudo encolar el recordatorio {} del plazo {} ({}, intento {}): {}. Nuevo intento en {} min.",
        proximo.numero(),
        plazo.id(),
        plazo.descripcion(),
        proximo.intentos() + 1,
        error,
        espera.toMinutes());
    return new ProximoRecordatorio(
        ahora.plus(espera),
        proximo.numero(),
        proximo.intentos() + 1,
        error.length() > 1000 ? error.substring(0, 1000) : error);
  }
}
