package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.plantilla.DatosRecordatorio;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import cl.conveniosomm.notificacion.plantilla.TipoRecordatorio;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import cl.conveniosomm.system.engine.Reloj;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The reminders of one deadline: which one comes first, and queuing one to its people. */
@Service
public class RecordatorioService {

  private final EscaleraRecordatorios escalera;
  private final PlantillasCorreo plantillas;
  private final Outbox outbox;
  private final Reloj reloj;

  public RecordatorioService(
      EscaleraRecordatorios escalera, PlantillasCorreo plantillas, Outbox outbox, Reloj reloj) {
    this.escalera = escalera;
    this.plantillas = plantillas;
    this.outbox = outbox;
    this.reloj = reloj;
  }

  /** The first reminder of a deadline being opened now, or null when its ladder has none left. */
  public ProximoRecordatorio primero(Plazo plazo) {
    return despuesDe(plazo, 0);
  }

  /**
   * Queues the {@code numero}-th reminder to everyone it goes to, one message each (a message
   * already queued is not queued again), and returns the reminder that follows it, or null when
   * none is left.
   */
  public ProximoRecordatorio enviar(Plazo plazo, int numero) {
    PasoRecordatorio paso =
        escalera
            .paso(numero, plazo.vence(), plazo.calendarioComuna())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "La escalera de recordatorios ya no tiene el paso " + numero));
    Set<String> destinatarios = destinatarios(plazo, paso);
    if (!destinatarios.isEmpty()) {
      var correo =
          plantillas.recordatorio(
              new DatosRecordatorio(
                  plazo.id(),
                  plazo.convenioId(),
                  plazo.comunaNombre(),
                  plazo.descripcion(),
                  plazo.vence(),
                  TipoRecordatorio.valueOf(paso.tipo().name()),
                  Math.abs(paso.diasHabiles()),
                  paso.escalado(),
                  plazo.enlace()));
      for (String destinatario : destinatarios) {
        String clave = "plazo/" + plazo.id() + "/" + numero + "/" + destinatario.toLowerCase();
        outbox.encolar(MensajeNuevo.inmediato(clave, plazo.convenioId(), destinatario, correo));
      }
    }
    return despuesDe(plazo, numero);
  }

  /** Steps missed while nothing ran are skipped but the latest, which is due now. */
  private ProximoRecordatorio despuesDe(Plazo plazo, int numero) {
    Instant ahora = reloj.ahora();
    Optional<PasoRecordatorio> siguiente =
        escalera.siguiente(
            numero, plazo.vence(), plazo.calendarioComuna(), plazo.creadoEn(), ahora);
    return siguiente
        .map(
            paso ->
                ProximoRecordatorio.paso(
                    paso.instante().isBefore(ahora) ? ahora : paso.instante(), paso.numero()))
        .orElse(null);
  }

  private static Set<String> destinatarios(Plazo plazo, PasoRecordatorio paso) {
    Set<String> destinatarios = new LinkedHashSet<>(plazo.responsables());
    if (paso.escalado()) {
      destinatarios.addAll(plazo.escalamiento());
      destinatarios.addAll(plazo.contraparte());
    }
    return destinatarios;
  }
}
