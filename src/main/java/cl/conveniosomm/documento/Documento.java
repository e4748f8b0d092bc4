package cl.conveniosomm.documento;

import java.time.Instant;

/** A stored version of a document, without its bytes. */
public record Documento(String id, String convenioId, TipoDocumento tipo, int version, String nombre,
    String contentType, long tamano, String sha256, String subidoPor, Instant subidoEn) {
}
