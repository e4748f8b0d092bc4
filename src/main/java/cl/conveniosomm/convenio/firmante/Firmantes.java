package cl.conveniosomm.convenio.firmante;

import cl.conveniosomm.convenio.firmante.Firmante.Calidad;
import cl.conveniosomm.convenio.firmante.Firmante.Sexo;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Textos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Reads who signs from a form's fields, checks it the way the act needs it (a full name as it is
 * written, no digits so no RUT, the post's form and capacity chosen) and records it.
 */
@Service
public class Firmantes {

  /** Letters of any language, spaces, apostrophes, hyphens and dots; two words at least. */
  private static final Pattern NOMBRE =
      Pattern.compile("\\p{L}[\\p{L}.'’-]*(\\s+\\p{L}[\\p{L}.'’-]*)+");

  private static final int MAX_NOMBRE = 120;

  private final FirmanteRepository repositorio;
  private final Reloj reloj;

  public Firmantes(FirmanteRepository repositorio, Reloj reloj) {
    this.repositorio = repositorio;
    this.reloj = reloj;
  }

  /** What is wrong with the signatory of {@code rol} in the submitted fields, in Spanish. */
  public static List<String> problemas(RolFirmante rol, Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    String nombre = Textos.de(variables.get(rol.variableNombre())).replaceAll("\\s+", " ");
    if (nombre.isEmpty()) {
      problemas.add("Falta el nombre de " + rol.quien() + ".");
    } else if (nombre.length() > MAX_NOMBRE || !NOMBRE.matcher(nombre).matches()) {
      problemas.add(
          "El nombre de "
              + rol.quien()
              + " («"
              + Textos.corto(nombre)
              + "») debe ser su nombre completo, "
              + "como lo escribe el acto: nombre y apellidos, sólo letras (sin RUT ni números), hasta "
              + MAX_NOMBRE
              + " caracteres.");
    }
    if (valor(Sexo.class, variables.get(rol.variableSexo())).isEmpty()) {
      problemas.add(
          "Elija el cargo de "
              + rol.quien()
              + ": "
              + rol.cargo(Sexo.F)
              + " o "
              + rol.cargo(Sexo.M)
              + ".");
    }
    if (valor(Calidad.class, variables.get(rol.variableCalidad())).isEmpty()) {
      problemas.add("Indique si " + rol.quien() + " es titular o subrogante (S).");
    }
    return problemas;
  }

  /** The signatory in the fields; call {@link #problemas} first. */
  public static Firmante leer(RolFirmante rol, Map<String, Object> variables) {
    return new Firmante(
        rol,
        Textos.de(variables.get(rol.variableNombre())).replaceAll("\\s+", " "),
        valor(Sexo.class, variables.get(rol.variableSexo())).orElseThrow(),
        valor(Calidad.class, variables.get(rol.variableCalidad())).orElseThrow());
  }

  public void registrar(String convenioId, Firmante firmante, String usuario) {
    repositorio.guardar(convenioId, firmante, usuario, reloj.ahora());
  }

  public Map<RolFirmante, Firmante> deConvenio(String convenioId) {
    return repositorio.deConvenio(convenioId);
  }

  private static <E extends Enum<E>> Optional<E> valor(Class<E> tipo, Object valor) {
    String texto = Textos.de(valor);
    return Arrays.stream(tipo.getEnumConstants())
        .filter(opcion -> opcion.name().equals(texto))
        .findFirst();
  }
}
