package cl.conveniosomm.notificacion.tarea;

import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.MensajeSaliente;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.notificacion.plantilla.DatosTarea;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import cl.conveniosomm.system.engine.Reloj;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a morning, one email per person who prefers it, listing the task notices held for them. The
 * digest has a unique key per person and day, so with several nodes only one is sent.
 */
@Component
public class ResumenDiario {

  private final OutboxRepository repository;
  private final Outbox outbox;
  private final PlantillasCorreo plantillas;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Reloj reloj;

  public ResumenDiario(
      OutboxRepository repository,
      Outbox outbox,
      PlantillasCorreo plantillas,
      ObjectMapper json,
      TransactionTemplate transaction,
      Reloj reloj) {
    this.repository = repository;
    this.outbox = outbox;
    this.plantillas = plantillas;
    this.json = json;
    this.transaction = transaction;
    this.reloj = reloj;
  }

  @Scheduled(cron = "${omm.mail.resumen-cron:0 0 8 * * MON-FRI}", zone = "America/Santiago")
  public void programado() {
    componer(reloj.hoy());
  }

  /** Queues the digest of every person with held notices; returns how many digests were queued. */
  public int componer(LocalDate fecha) {
    int resumenes = 0;
    for (String usuarioId : repository.usersWithHeldMessages()) {
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> componer(usuarioId, fecha)))) {
          resumenes++;
        }
      } catch (DuplicateKeyException otroNodo) {
        // another node queued the same digest at the same moment: it is sent once
      }
    }
    return resumenes;
  }

  private boolean componer(String usuarioId, LocalDate fecha) {
    List<MensajeSaliente> retenidos = repository.findHeld(usuarioId);
    if (retenidos.isEmpty()) {
      return false;
    }
    List<DatosTarea> tareas = new ArrayList<>();
    retenidos.forEach(mensaje -> tareas.add(leer(mensaje.datos())));
    String destinatario = retenidos.get(retenidos.size() - 1).destinatario();
    // keyed by the first notice it holds: the same batch is one digest, whichever node composes it
    boolean encolado =
        outbox.encolar(
            new MensajeNuevo(
                "resumen/" + usuarioId + "/" + retenidos.get(0).id(),
                null,
                usuarioId,
                destinatario,
                plantillas.resumenDiario(destinatario, fecha, tareas),
                false,
                null));
    repository.markGrouped(retenidos.stream().map(MensajeSaliente::id).toList());
    return encolado;
  }

  private DatosTarea leer(String datos) {
    try {
      return json.readValue(datos, DatosTarea.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
