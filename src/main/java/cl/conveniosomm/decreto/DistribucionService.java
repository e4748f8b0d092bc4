package cl.conveniosomm.decreto;

import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.plantilla.DatosDistribucion;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import cl.conveniosomm.system.texto.DireccionCorreo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Sends the numbered decreto's data to each unit on its distribution list, through the outbox. */
@Service
public class DistribucionService {

  private static final Logger LOG = LoggerFactory.getLogger(DistribucionService.class);

  private final DistribucionProperties properties;
  private final PlantillasCorreo plantillas;
  private final Outbox outbox;

  public DistribucionService(
      DistribucionProperties properties, PlantillasCorreo plantillas, Outbox outbox) {
    this.properties = properties;
    this.plantillas = plantillas;
    this.outbox = outbox;
  }

  /** Queues one email per unit; returns the units that have no valid address configured. */
  public List<UnidadDistribucion> distribuir(
      Decreto decreto,
      String comuna,
      LocalDate fechaSuscripcion,
      Collection<UnidadDistribucion> unidades) {
    List<UnidadDistribucion> sinCorreo = new ArrayList<>();
    for (UnidadDistribucion unidad : unidades) {
      String correo = properties.correos().get(unidad);
      if (!DireccionCorreo.esValida(correo)) {
        sinCorreo.add(unidad);
        continue;
      }
      var mensaje =
          plantillas.decretoDistribuido(
              new DatosDistribucion(
                  decreto.convenioId(),
                  comuna,
                  decreto.numero(),
                  decreto.fecha(),
                  decreto.efectoRetroactivo(),
                  fechaSuscripcion,
                  unidad.nombre()));
      outbox.encolar(
          MensajeNuevo.inmediato(
              "decreto/" + decreto.convenioId() + "/" + unidad.name(),
              decreto.convenioId(),
              correo,
              mensaje));
    }
    if (!sinCorreo.isEmpty()) {
      LOG.warn(
          "Decreto N° {} de {}: sin correo configurado para {} (omm.distribucion.correos.*)",
          decreto.numero(),
          decreto.convenioId(),
          sinCorreo);
    }
    return sinCorreo;
  }
}
