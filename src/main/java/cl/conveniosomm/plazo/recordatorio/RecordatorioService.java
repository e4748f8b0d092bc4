package cl.conveniosomm.plazo.recordatorio;

import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.plantilla.DatosRecordatorio;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import cl.conveniosomm.notificacion.plantilla.TipoRecordatorio;
import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.system.engine.Reloj;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Schedules and writes the reminders of a deadline; the engine's timers decide when. */
@Service
public class RecordatorioService {

  private final PlazoRepository plazos;
  private final EscaleraRecordatorios escalera;
  private final PlantillasCorreo plantillas;
  private final Outbox outbox;
  private final Reloj reloj;

  public RecordatorioService(PlazoRepository plazos, EscaleraRecordatorios escalera, PlantillasCorreo plantillas,
      Outbox outbox, Reloj reloj) {
    this.plazos = plazos;
    this.escalera = escalera;
    this.plantillas = plantillas;
    this.outbox = outbox;
    this.reloj = reloj;
  }

  /** The next reminder after {@code ultimoEnviado}, or empty when the deadline is closed or the ladder ends. */
  public Optional<PasoRecordatorio> siguiente(String plazoId, int ultimoEnviado) {
    Plazo plazo = plazo(plazoId);
    if (plazo.estadoGuardado() != EstadoPlazo.PENDIENTE) {
      return Optional.empty();
    }
    return escalera.siguiente(ultimoEnviado, plazo.vence(), plazo.calendarioComuna(), plazo.creadoEn(), reloj.ahora());
  }

  /** Queues the n-th reminder to everyone it goes to, one message each; returns how many were queued. */
  public int enviar(String plazoId, int numero) {
    Plazo plazo = plazo(plazoId);
    if (plazo.estadoGuardado() != EstadoPlazo.PENDIENTE) {
      return 0;
    }
    PasoRecordatorio paso = escalera.paso(numero, plazo.vence(), plazo.calendarioComuna()).orElseThrow();
    var correo = plantillas.recordatorio(new DatosRecordatorio(plazo.id(), plazo.convenioId(), plazo.comunaNombre(),
        plazo.descripcion(), plazo.vence(), TipoRecordatorio.valueOf(paso.tipo().name()),
        Math.abs(paso.diasHabiles()), paso.escalado(), plazo.enlace()));
    int encolados = 0;
    for (String destinatario : destinatarios(plazo, paso)) {
      String clave = "plazo/" + plazo.id() + "/" + numero + "/" + destinatario.toLowerCase();
      if (outbox.encolar(MensajeNuevo.inmediato(clave, plazo.convenioId(), destinatario, correo))) {
        encolados++;
      }
    }
    return encolados;
  }

  private static Set<String> destinatarios(Plazo plazo, PasoRecordatorio paso) {
    Set<String> destinatarios = new LinkedHashSet<>(plazo.responsables());
    if (paso.escalado()) {
      destinatarios.addAll(plazo.escalamiento());
      destinatarios.addAll(plazo.contraparte());
    }
    return destinatarios;
  }

  private Plazo plazo(String plazoId) {
    return plazos.findById(plazoId)
        .orElseThrow(() -> new IllegalStateException("No existe el plazo " + plazoId));
  }
}
