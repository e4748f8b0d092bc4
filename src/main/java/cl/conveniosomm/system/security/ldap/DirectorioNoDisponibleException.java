package cl.conveniosomm.system.security.ldap;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The municipality's directory did not answer. What needed its people fails as a whole, so the
 * engine rolls it back and nothing is half done; the person or the reminder scheduler tries again.
 */
public class DirectorioNoDisponibleException extends ProcessEngineException {

  DirectorioNoDisponibleException(Throwable causa) {
    super(
        "El directorio de la municipalidad no responde: intente de nuevo en unos minutos; no se"
            + " guardó ningún cambio.",
        causa);
  }
}
