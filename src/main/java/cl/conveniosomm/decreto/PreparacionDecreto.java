package cl.conveniosomm.decreto;

import cl.conveniosomm.convenio.firmante.Firmantes;
import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.formulario.CampoFormulario;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.engine.Reloj;
import cl.conveniosomm.system.texto.Textos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * What the Secretaría Municipal decides when she prepares the decreto, printed on it and acted on
 * after it is numbered: who signs it (Alcalde, Secretario Municipal as ministro de fe), to whom it
 * is distributed and the reference-initials line. The draft is redrafted from what is recorded
 * here.
 */
@Service
public class PreparacionDecreto {

  public static final String TAREA = Tareas.PREPARAR_BORRADOR_DECRETO;
  public static final String REFERENCIA = "decretoReferencia";
  static final List<RolFirmante> FIRMANTES = List.of(RolFirmante.ALCALDE, RolFirmante.SECRETARIO);

  /** Initials of who signs, drafts and types, as «RJJ/LMV/MRS/mscg». */
  private static final Pattern INICIALES = Pattern.compile("\\p{L}{1,8}(/\\p{L}{1,8}){0,9}\\.?");

  private static final int MAX_REFERENCIA = 60;

  /**
   * The recorded decisions: the ticked units in the list's order, and the initials (null when
   * none).
   */
  public record Preparacion(List<UnidadDistribucion> distribucion, String referencia) {}

  private final PreparacionDecretoRepository repositorio;
  private final Firmantes firmantes;
  private final Reloj reloj;

  public PreparacionDecreto(
      PreparacionDecretoRepository repositorio, Firmantes firmantes, Reloj reloj) {
    this.repositorio = repositorio;
    this.firmantes = firmantes;
    this.reloj = reloj;
  }

  public static List<String> problemas(Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    FIRMANTES.forEach(rol -> problemas.addAll(Firmantes.problemas(rol, variables)));
    codigos(variables.get(Variables.DECRETO_DISTRIBUCION)).stream()
        .filter(
            codigo ->
                Arrays.stream(UnidadDistribucion.values())
                    .noneMatch(unidad -> unidad.name().equals(codigo)))
        .forEach(
            codigo ->
                problemas.add(
                    "La unidad «"
                        + Textos.corto(codigo)
                        + "» no está en la lista de distribución."));
    String referencia = Textos.de(variables.get(REFERENCIA));
    if (!referencia.isEmpty()
        && (referencia.length() > MAX_REFERENCIA || !INICIALES.matcher(referencia).matches())) {
      problemas.add(
          "Las iniciales de referencia («"
              + Textos.corto(referencia)
              + "») van separadas por barras, "
              + "como RJJ/LMV/MRS/mscg: sólo letras, hasta "
              + MAX_REFERENCIA
              + " caracteres.");
    }
    return problemas;
  }

  /** Records the draft's signatories, distribution and initials; call {@link #problemas} first. */
  public void registrar(String convenioId, Map<String, Object> variables, String usuario) {
    FIRMANTES.forEach(
        rol -> firmantes.registrar(convenioId, Firmantes.leer(rol, variables), usuario));
    String referencia = Textos.de(variables.get(REFERENCIA));
    repositorio.guardar(
        convenioId,
        new Preparacion(
            unidades(variables.get(Variables.DECRETO_DISTRIBUCION)),
            referencia.isEmpty() ? null : referencia),
        usuario,
        reloj.ahora());
  }

  /** What was recorded; before the Secretaría prepares it, the whole list and no initials. */
  public Preparacion deConvenio(String convenioId) {
    return repositorio
        .deConvenio(convenioId)
        .orElseGet(() -> new Preparacion(List.of(UnidadDistribucion.values()), null));
  }

  /** The ticked units in the list's order; none ticked means all. */
  static List<UnidadDistribucion> unidades(Object seleccion) {
    List<String> codigos = codigos(seleccion);
    List<UnidadDistribucion> unidades =
        Arrays.stream(UnidadDistribucion.values())
            .filter(unidad -> codigos.contains(unidad.name()))
            .toList();
    return unidades.isEmpty() ? List.of(UnidadDistribucion.values()) : unidades;
  }

  private static List<String> codigos(Object seleccion) {
    return CampoFormulario.elegidas(seleccion).orElse(List.of());
  }
}
