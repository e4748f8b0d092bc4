package cl.conveniosomm.informe;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.notificacion.correo.MensajeNuevo;
import cl.conveniosomm.notificacion.correo.Outbox;
import cl.conveniosomm.notificacion.plantilla.Adjunto;
import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.notificacion.plantilla.DatosInforme;
import cl.conveniosomm.notificacion.plantilla.PlantillasCorreo;
import org.springframework.stereotype.Service;

/**
 * Emails a report with its PDF to the contraparte técnica, through the outbox. The key carries the
 * document's version: a corrected report goes again, the same version never twice.
 */
@Service
public class EnvioInforme {

  private final DocumentoService documentos;
  private final PlantillasCorreo plantillas;
  private final Outbox outbox;

  public EnvioInforme(DocumentoService documentos, PlantillasCorreo plantillas, Outbox outbox) {
    this.documentos = documentos;
    this.plantillas = plantillas;
    this.outbox = outbox;
  }

  public void enviar(
      String convenioId,
      TipoInforme tipo,
      String periodo,
      String periodoNombre,
      String comuna,
      String resumen,
      String contraparte) {
    Documento documento =
        documentos
            .vigente(convenioId, tipo.documento(), periodo)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "El informe " + periodo + " de " + convenioId + " no tiene su PDF"));
    CorreoRenderizado texto =
        plantillas.informeRemitido(
            new DatosInforme(
                convenioId,
                comuna,
                tipo.nombre() + " (" + periodoNombre + ")",
                resumen,
                documento.version()));
    CorreoRenderizado conPdf =
        new CorreoRenderizado(
            texto.asunto(),
            texto.texto(),
            texto.html(),
            new Adjunto(documento.nombre(), "application/pdf", documentos.contenido(documento)));
    outbox.encolar(
        MensajeNuevo.inmediato(
            "informe/"
                + convenioId
                + "/"
                + periodo
                + "/v"
                + documento.version()
                + "/"
                + contraparte.toLowerCase(),
            convenioId,
            contraparte,
            conPdf));
  }
}
