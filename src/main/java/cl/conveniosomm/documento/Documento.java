package cl.conveniosomm.documento;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A stored version of a document, without its bytes. {@code referencia}: the period it belongs to,
 * or "".
 */
public record Documento(
    String id,
    String convenioId,
    TipoDocumento tipo,
    String referencia,
    int version,
    String nombre,
    String contentType,
    long tamano,
    String sha256,
    String subidoPor,
    Instant subidoEn) {

  /** The type's name for people («Convenio firmado»). */
  @JsonProperty("tipoNombre")
  public String tipoNombre() {
    return tipo.nombre();
  }
}
