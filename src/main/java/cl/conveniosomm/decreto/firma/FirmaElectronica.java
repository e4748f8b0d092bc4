package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.convenio.ConvenioRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whose decretos are signed electronically: those of the comunas the configured signers belong to
 * ({@code omm.firma.comunas}). Every other municipality of the deployment keeps the hand-signed
 * scan, and is never signed with someone else's RUN or certificate.
 */
@Component
public class FirmaElectronica {

  private final ObjectProvider<FirmasDecreto> firmas;
  private final Set<String> comunas;
  private final ConvenioRepository convenios;

  FirmaElectronica(
      ObjectProvider<FirmasDecreto> firmas,
      @Value("${omm.firma.comunas:}") List<String> comunas,
      ConvenioRepository convenios) {
    this.firmas = firmas;
    this.comunas = Set.copyOf(comunas.stream().map(String::trim).toList());
    this.convenios = convenios;
  }

  /** Who signs the decretos of {@code comunaCodigo}; empty when they are signed by hand. */
  public Optional<FirmasDecreto> deComuna(String comunaCodigo) {
    return comunas.contains(comunaCodigo)
        ? Optional.ofNullable(firmas.getIfAvailable())
        : Optional.empty();
  }

  /** Who signs the decreto of {@code convenioId}; empty when it is signed by hand. */
  public Optional<FirmasDecreto> deConvenio(String convenioId) {
    return convenioId == null
        ? Optional.empty()
        : convenios.comunaCodigo(convenioId).flatMap(this::deComuna);
  }
}
