package cl.conveniosomm.decreto;

import cl.conveniosomm.decreto.PreparacionDecreto.Preparacion;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PreparacionDecretoRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public PreparacionDecretoRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the Secretaría's decisions, replacing those of an earlier draft. */
  public void guardar(String convenioId, Preparacion preparacion, String usuario, Instant en) {
    MapSqlParameterSource parametros =
        new MapSqlParameterSource("convenio", convenioId)
            .addValue(
                "distribucion",
                preparacion.distribucion().stream()
                    .map(Enum::name)
                    .collect(Collectors.joining(",")))
            .addValue("referencia", preparacion.referencia())
            .addValue("por", usuario)
            .addValue("en", Timestamp.from(en));
    jdbc.update("DELETE FROM omm_redaccion_decreto WHERE convenio_id = :convenio", parametros);
    jdbc.update(
        "INSERT INTO omm_redaccion_decreto (convenio_id, distribucion, referencia, registrado_por, "
            + "registrado_en) VALUES (:convenio, :distribucion, :referencia, :por, :en)",
        parametros);
  }

  public Optional<Preparacion> deConvenio(String convenioId) {
    return jdbc
        .query(
            "SELECT distribucion, referencia FROM omm_redaccion_decreto WHERE convenio_id = :convenio",
            Map.of("convenio", convenioId),
            (rs, fila) ->
                new Preparacion(
                    Arrays.stream(rs.getString("distribucion").split(","))
                        .map(UnidadDistribucion::valueOf)
                        .toList(),
                    rs.getString("referencia")))
        .stream()
        .findFirst();
  }
}
