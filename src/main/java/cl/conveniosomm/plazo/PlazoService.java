package cl.conveniosomm.plazo;

import cl.conveniosomm.notificacion.DireccionCorreo;
import cl.conveniosomm.proceso.Mensajes;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes deadlines. Opening one stores it and starts its reminder ladder (a process
 * instance whose timers Cockpit shows); closing it stops the ladder in the same transaction.
 */
@Service
public class PlazoService {

  private static final Logger LOG = LoggerFactory.getLogger(PlazoService.class);

  private final PlazoRepository repository;
  private final RuntimeService runtimeService;
  private final Reloj reloj;

  public PlazoService(PlazoRepository repository, RuntimeService runtimeService, Reloj reloj) {
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.reloj = reloj;
  }

  /** Opens the deadline; opening the same obligation of a convenio again returns the existing one. */
  @Transactional
  public Plazo abrir(NuevoPlazo nuevo) {
    Optional<Plazo> existente = repository.findByObligacion(nuevo.convenioId(), nuevo.obligacion());
    if (existente.isPresent()) {
      return existente.get();
    }
    List<String> invalidas = new ArrayList<>();
    Plazo plazo = new Plazo(UUID.randomUUID().toString(), nuevo.convenioId(), nuevo.obligacion(),
        nuevo.descripcion(), nuevo.comunaCodigo(), nuevo.comunaNombre(), nuevo.calendarioComuna(), nuevo.vence(), EstadoPlazo.PENDIENTE,
        validas(nuevo.responsables(), invalidas), validas(nuevo.escalamiento(), invalidas),
        validas(nuevo.contraparte(), invalidas), describir(invalidas), nuevo.enlace(), reloj.ahora(), null);
    repository.insert(plazo, nuevo.categoria());
    LOG.info("Plazo abierto: {} vence el {} (feriados de la comuna {})", plazo.descripcion(), plazo.vence(),
        plazo.calendarioComuna());
    if (!invalidas.isEmpty()) {
      LOG.warn("Plazo {} de {}: {}", plazo.obligacion(), plazo.convenioId(), plazo.direccionesInvalidas());
    }
    // comunaCodigo gives the ladder the convenio's tenant; its timers read the plazo's own calendar
    runtimeService.startProcessInstanceByKey(Procesos.PLAZO_RECORDATORIOS, nuevo.convenioId(), Map.of(
        Variables.PLAZO_ID, plazo.id(),
        Variables.COMUNA_CODIGO, nuevo.comunaCodigo() == null ? "" : nuevo.comunaCodigo()));
    return plazo;
  }

  @Transactional
  public void cumplir(String plazoId) {
    repository.findById(plazoId).ifPresent(plazo -> cerrar(plazo, EstadoPlazo.CUMPLIDO));
  }

  @Transactional
  public void cancelar(String plazoId) {
    repository.findById(plazoId).ifPresent(plazo -> cerrar(plazo, EstadoPlazo.CANCELADO));
  }

  /** Closes the obligation of a convenio as met, if it is open. */
  @Transactional
  public void cumplir(String convenioId, String obligacion) {
    repository.findByObligacion(convenioId, obligacion).ifPresent(plazo -> cerrar(plazo, EstadoPlazo.CUMPLIDO));
  }

  @Transactional
  public void cancelar(String convenioId, String obligacion) {
    repository.findByObligacion(convenioId, obligacion).ifPresent(plazo -> cerrar(plazo, EstadoPlazo.CANCELADO));
  }

  public Optional<Plazo> buscar(String plazoId) {
    return repository.findById(plazoId);
  }

  private void cerrar(Plazo plazo, EstadoPlazo estado) {
    if (repository.close(plazo.id(), estado, reloj.ahora())) {
      // The ladder's business key is the convenio (see abrir): the engine finds its few instances by the
      // business key index, instead of matching plazoId against every variable of every instance.
      runtimeService.createMessageCorrelation(Mensajes.PLAZO_CERRADO)
          .processInstanceBusinessKey(plazo.convenioId())
          .processInstanceVariableEquals(Variables.PLAZO_ID, plazo.id())
          .correlateAll();
    }
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
    return "Direcciones de correo no válidas, no se les enviarán recordatorios: " + String.join(", ", invalidas);
  }
}
