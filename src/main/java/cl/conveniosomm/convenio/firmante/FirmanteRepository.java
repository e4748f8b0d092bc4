package cl.conveniosomm.convenio.firmante;

import cl.conveniosomm.convenio.firmante.Firmante.Calidad;
import cl.conveniosomm.convenio.firmante.Firmante.Sexo;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class FirmanteRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public FirmanteRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records who signs in that role, replacing an earlier value (a draft corrected after the
   * Alcalde's observations).
   */
  public void guardar(String convenioId, Firmante firmante, String usuario, Instant en) {
    MapSqlParameterSource parametros =
        new MapSqlParameterSource("convenio", convenioId)
            .addValue("rol", firmante.rol().name())
            .addValue("nombre", firmante.nombre())
            .addValue("sexo", firmante.sexo().name())
            .addValue("calidad", firmante.calidad().name())
            .addValue("por", usuario)
            .addValue("en", Timestamp.from(en));
    jdbc.update(
        "DELETE FROM omm_firmante WHERE convenio_id = :convenio AND rol = :rol", parametros);
    jdbc.update(
        "INSERT INTO omm_firmante (convenio_id, rol, nombre, sexo, calidad, registrado_por, registrado_en) "
            + "VALUES (:convenio, :rol, :nombre, :sexo, :calidad, :por, :en)",
        parametros);
  }

  public Map<RolFirmante, Firmante> deConvenio(String convenioId) {
    Map<RolFirmante, Firmante> firmantes = new EnumMap<>(RolFirmante.class);
    jdbc.query(
        "SELECT rol, nombre, sexo, calidad FROM omm_firmante WHERE convenio_id = :convenio",
        Map.of("convenio", convenioId),
        rs -> {
          RolFirmante rol = RolFirmante.valueOf(rs.getString("rol"));
          firmantes.put(
              rol,
              new Firmante(
                  rol,
                  rs.getString("nombre"),
                  Sexo.valueOf(rs.getString("sexo")),
                  Calidad.valueOf(rs.getString("calidad"))));
        });
    return firmantes;
  }
}
