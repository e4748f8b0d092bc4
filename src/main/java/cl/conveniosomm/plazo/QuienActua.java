package cl.conveniosomm.plazo;

import cl.conveniosomm.municipio.catalogo.SedesSernameg;
import cl.conveniosomm.proceso.Grupos;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Whose regional and comunal holidays count a deadline (docs/plazos.md): those of where the party
 * that must meet it acts. SERNAMEG's tasks are done in its Dirección Regional, at the regional
 * capital; everything else by the municipality, in the convenio's comuna.
 */
@Component
public class QuienActua {

  private final SedesSernameg sedes;

  public QuienActua(SedesSernameg sedes) {
    this.sedes = sedes;
  }

  /**
   * A task of these candidate groups is SERNAMEG's to do; the models say so with {@code
   * sedeSernameg(comunaCodigo)}.
   */
  public static boolean esDeSernameg(Collection<String> gruposCandidatos) {
    return gruposCandidatos.contains(Grupos.SERNAMEG);
  }

  /**
   * The comuna whose calendar counts a deadline of a task of these groups in a convenio of {@code
   * comunaConvenio}.
   */
  public String comunaDelCalendario(Collection<String> gruposCandidatos, String comunaConvenio) {
    return comunaConvenio != null && esDeSernameg(gruposCandidatos)
        ? sedes.sedeDe(comunaConvenio)
        : comunaConvenio;
  }
}
