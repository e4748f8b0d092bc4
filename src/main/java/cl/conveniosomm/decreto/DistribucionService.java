package cl.conveniosomm.decreto;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.notificacion.correo.DocumentoAdjunto;
import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.plantilla.DatosDistribucion;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import cl.conveniosomm.system.texto.DireccionCorreo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the numbered decreto's data to each unit on its distribution list, through the outbox, with
 * the signed decreto attached when the expediente has it.
 */
@Service
public class DistribucionService {

  private static final Logger LOG = LoggerFactory.getLogger(DistribucionService.class);

  private final DistribucionProperties properties;
  private final PlantillasCorreo plantillas;
  private final Outbox outbox;
  private final DocumentoService documentos;

  public DistribucionService(
      DistribucionProperties properties,
      PlantillasCorreo plantillas,
      Outbox outbox,
      DocumentoService documentos) {
    this.properties = properties;
    this.plantillas = plantillas;
    this.outbox = outbox;
    this.documentos = documentos;
  }

  /** Queues one email per unit; returns the units that have no valid address configured. */
  public List<UnidadDistribucion> distribuir(
      Decreto decreto,
      String comuna,
      LocalDate fechaSuscripcion,
      Collection<UnidadDistribucion> unidades) {
    // the outbox keeps the id of the version on file now: a retry never sends a later upload
    Optional<DocumentoAdjunto> firmado =
        documentos
            .vigente(decreto.convenioId(), TipoDocumento.DECRETO_FIRMADO, "")
            .map(Documento::id)
            .map(id -> new DocumentoAdjunto(id, "decreto-" + decreto.convenioId() + ".pdf"));
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
                  unidad.nombre()),
              firmado.isPresent());
      outbox.encolar(
          MensajeNuevo.inmediato(
              "decreto/" + decreto.convenioId() + "/" + unidad.name(),
              decreto.convenioId(),
              correo,
              mensaje),
          firmado.orElse(null));
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
