package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.system.config.InvalidSettingsException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the decreto is drafted: {@code omm.decreto.orden-vistos}, the order of the VISTOS' citations
 * (every {@link Visto} once; environment {@code OMM_DECRETO_ORDEN_VISTOS=REMISION_SERNAMEG,...}).
 */
@ConfigurationProperties("omm.decreto")
public record DecretoProperties(List<Visto> ordenVistos) {

  public DecretoProperties {
    ordenVistos =
        ordenVistos == null || ordenVistos.isEmpty()
            ? List.of(Visto.values())
            : List.copyOf(ordenVistos);
    Set<Visto> faltan = EnumSet.allOf(Visto.class);
    ordenVistos.forEach(faltan::remove);
    if (!faltan.isEmpty() || ordenVistos.size() != Visto.values().length) {
      throw new InvalidSettingsException(
          List.of(
              "omm.decreto.orden-vistos debe nombrar cada antecedente una sola vez: "
                  + Arrays.toString(Visto.values())
                  + (faltan.isEmpty() ? "" : "; faltan " + faltan)));
    }
  }
}
