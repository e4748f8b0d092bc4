package cl.conveniosomm.convenio;

import cl.conveniosomm.convenio.firmante.Firmantes;
import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Fechas;
import cl.conveniosomm.system.texto.Textos;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Registers a signed convenio: checks what the registration form cannot (the comuna in the
 * catalogue, dates not in the future, the signatories' full names), names the convenio (comuna code
 * and signature date, e.g. 04101-2016-12-19) and records it. A comuna has one convenio in approval
 * or in force at a time.
 */
@Service
public class RegistroConvenio {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  /** Who signed the convenio for each party: punto 1 of the decreto names them. */
  private static final List<RolFirmante> FIRMANTES =
      List.of(RolFirmante.SERNAMEG, RolFirmante.MUNICIPIO);

  private final CatalogoComunas comunas;
  private final ConvenioRepository convenios;
  private final Firmantes firmantes;
  private final Reloj reloj;

  public RegistroConvenio(
      CatalogoComunas comunas, ConvenioRepository convenios, Firmantes firmantes, Reloj reloj) {
    this.comunas = comunas;
    this.convenios = convenios;
    this.firmantes = firmantes;
    this.reloj = reloj;
  }

  /** The registered convenio: its id, and the comuna as the catalogue names it. */
  public record Registrado(String id, Comuna comuna, LocalDate suscripcion) {}

  /**
   * Spanish problems the registration form cannot see: the comuna in the catalogue, dates not in
   * the future, the signatories' full names, the id the caller proposes; empty when fine.
   */
  public List<String> problemas(Map<String, Object> formulario, String idPropuesto) {
    List<String> problemas = new ArrayList<>();
    if (comunas.porCodigo(Textos.de(formulario.get(Variables.COMUNA_CODIGO))).isEmpty()) {
      problemas.add(
          "Elija la comuna del catálogo (código oficial de 5 dígitos, p. ej. 04101 La Serena).");
    }
    fecha(formulario.get(Variables.FECHA_SUSCRIPCION), "de suscripción", problemas);
    FIRMANTES.forEach(rol -> problemas.addAll(Firmantes.problemas(rol, formulario)));
    if (idPropuesto != null && !idPropuesto.isBlank() && !ID.matcher(idPropuesto).matches()) {
      problemas.add(
          "El identificador del convenio sólo admite letras, dígitos y guiones (hasta 64).");
    }
    return problemas.stream().distinct().toList();
  }

  /**
   * Records the convenio, or throws {@link RegistroInvalidoException} with every problem in
   * Spanish. The fields' form (lengths, options, formats) is the registration form's to check.
   *
   * @param idPropuesto the business key the caller gave, or null to derive it
   */
  public Registrado registrar(Map<String, Object> formulario, String idPropuesto, String usuario) {
    List<String> problemas = problemas(formulario, idPropuesto);
    if (!problemas.isEmpty()) {
      throw new RegistroInvalidoException(problemas);
    }
    Optional<Comuna> comuna = comunas.porCodigo(Textos.de(formulario.get(Variables.COMUNA_CODIGO)));
    LocalDate suscripcion = Fechas.leer(Textos.de(formulario.get(Variables.FECHA_SUSCRIPCION)));
    String lugar = Textos.de(formulario.get("lugarSuscripcion"));
    List<String> activos = convenios.findActivos(comuna.get().codigo());
    if (!activos.isEmpty()) {
      throw new RegistroInvalidoException(
          List.of(
              "La comuna de "
                  + comuna.get().nombre()
                  + " ya tiene un convenio en aprobación o vigente ("
                  + activos.get(0)
                  + "): termínelo antes de registrar otro."));
    }
    String id =
        idPropuesto == null || idPropuesto.isBlank()
            ? libre(comuna.get().codigo() + "-" + suscripcion)
            : idPropuesto;
    if (convenios.exists(id)) {
      throw new RegistroInvalidoException(
          List.of("Ya existe un convenio con el identificador " + id + "."));
    }
    convenios.insert(
        id,
        comuna.get().codigo(),
        comuna.get().nombre(),
        comuna.get().regionNombre(),
        suscripcion,
        lugar,
        Textos.de(formulario.get("tipoMecanismo")),
        usuario == null ? "sistema" : usuario,
        reloj.ahora());
    FIRMANTES.forEach(rol -> firmantes.registrar(id, Firmantes.leer(rol, formulario), usuario));
    return new Registrado(id, comuna.get(), suscripcion);
  }

  /** The derived id, with a suffix when the comuna signed another convenio the same day before. */
  private String libre(String base) {
    String id = base;
    for (int n = 2; convenios.exists(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private void fecha(Object valor, String cual, List<String> problemas) {
    String texto = Textos.de(valor);
    if (texto.isEmpty()) {
      problemas.add("Falta la fecha " + cual + ".");
      return;
    }
    try {
      problemas.addAll(Fechas.fueraDeRango(Fechas.leer(texto), reloj.hoy(), cual));
    } catch (DateTimeParseException e) {
      problemas.add("La fecha " + cual + ": " + e.getMessage());
    }
  }
}
