package cl.conveniosomm.notificacion.correo;

import cl.conveniosomm.documento.DocumentoRepository;
import java.util.NoSuchElementException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/** The attachments read from the convenios' expedientes ({@code omm_documento}). */
@Component
class DocumentosDelExpediente implements DocumentosAdjuntos {

  private final DocumentoRepository documentos;

  DocumentosDelExpediente(DocumentoRepository documentos) {
    this.documentos = documentos;
  }

  @Override
  public byte[] contenido(String documentoId) {
    try {
      return documentos.content(documentoId);
    } catch (EmptyResultDataAccessException e) {
      // operators read the root cause: this one says which document is missing
      throw new NoSuchElementException(
          "No existe el documento " + documentoId + " del expediente que el correo lleva adjunto");
    }
  }
}
