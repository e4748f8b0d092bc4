package cl.conveniosomm.plazo;

import cl.conveniosomm.plazo.recordatorio.RecordatorioService;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.DireccionCorreo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes deadlines. Opening one stores it with its first reminder, which {@link
 * cl.conveniosomm.plazo.recordatorio.ProgramadorRecordatorios} queues when due; closing it drops
 * the reminders left, in the same transaction as the task that met or cancelled it.
 */
@Service
public class PlazoService {

  private static final Logger LOG = LoggerFactory.getLogger(PlazoService.class);

  private final PlazoRepository repository;
  private final RecordatorioService recordatorios;
  private final Reloj reloj;

  public PlazoService(PlazoRepository repository, RecordatorioService recordatorios, Reloj reloj) {
    this.repository = repository;
    this.recordatorios = recordatorios;
    this.reloj = reloj;
  }

  /**
   * Opens the deadline; opening the same obligation of a convenio again returns the existing one.
   */
  @Transactional
  public Plazo abrir(NuevoPlazo nuevo) {
    List<String> invalidas = new ArrayList<>();
    Plazo plazo =
        new Plazo(
            UUID.randomUUID().toString(),
            nuevo.convenioId(),
            nuevo.obligacion(),
            nuevo.descripcion(),
            nuevo.comunaCodigo(),
            nuevo.comunaNombre(),
            nuevo.calendarioComuna(),
            nuevo.vence(),
            EstadoPlazo.PENDIENTE,
            validas(nuevo.responsables(), invalidas),
            validas(nuevo.escalamiento(), invalidas),
            validas(nuevo.contraparte(), invalidas),
            describir(invalidas),
            nuevo.enlace(),
            reloj.ahora(),
            null,
            null);
    plazo = plazo.conProximoRecordatorio(recordatorios.primero(plazo));
    if (!repository.insertIfAbsent(plazo, nuevo.categoria())) {
      return repository.findByObligacion(nuevo.convenioId(), nuevo.obligacion()).orElseThrow();
    }
    LOG.info(
        "Plazo abierto: {} vence el {} (feriados de la comuna {})",
        plazo.descripcion(),
        plazo.vence(),
        plazo.calendarioComuna());
    if (!invalidas.isEmpty()) {
      LOG.warn(
          "Plazo {} de {}: {}",
          plazo.obligacion(),
          plazo.convenioId(),
          plazo.direccionesInvalidas());
    }
    return plazo;
  }

  @Transactional
  public void cumplir(String plazoId) {
    repository.close(plazoId, EstadoPlazo.CUMPLIDO, reloj.ahora());
  }

  @Transactional
  public void cancelar(String plazoId) {
    repository.close(plazoId, EstadoPlazo.CANCELADO, reloj.ahora());
  }

  /** Closes the obligation of a convenio as met, if it is open. */
  @Transactional
  public void cumplir(String convenioId, String obligacion) {
    repository.closeByObligacion(convenioId, obligacion, EstadoPlazo.CUMPLIDO, reloj.ahora());
  }

  @Transactional
  public void cancelar(String convenioId, String obligacion) {
    repository.closeByObligacion(convenioId, obligacion, EstadoPlazo.CANCELADO, reloj.ahora());
  }

  public Optional<Plazo> buscar(String plazoId) {
    return repository.findById(plazoId);
  }

  private static List<String> validas(List<String> direcciones, List<String> invalidas) {
    List<String> validas = new ArrayList<>();
    for (String direccion : direcciones == null ? List.<String>of() : direcciones) {
      if (direccion == null || direccion.isBlank()) {
        continue;
      }
      if (DireccionCorreo.esValida(direccion.trim())) {
        validas.add(direccion.trim());
      } else {
        invalidas.add(direccion.trim());
      }
    }
    return validas;
  }

  private static String describir(List<String> invalidas) {
    if (invalidas.isEmpty()) {
      return null;
    }
    return "Direcciones de correo no válidas, no se les enviarán recordatorios: "
        + String.join(", ", invalidas);
  }
}
