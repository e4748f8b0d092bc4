package cl.conveniosomm.documento;

import java.util.Optional;

/**
 * A feature that makes a document itself, so that nobody uploads it by hand (the decreto signed
 * electronically, for one).
 */
public interface SubidaRestringida {

  /**
   * Why {@code tipo} cannot be uploaded by hand for the convenio, in Spanish; empty when it can.
   */
  Optional<String> rechazo(String convenioId, TipoDocumento tipo);
}
