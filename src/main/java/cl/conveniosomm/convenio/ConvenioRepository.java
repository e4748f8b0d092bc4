package cl.conveniosomm.convenio;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ConvenioRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public ConvenioRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String id) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT COUNT(*) > 0 FROM omm_convenio WHERE id = :id",
            Map.of("id", id),
            Boolean.class));
  }

  public boolean hayConvenios() {
    return Boolean.TRUE.equals(
        jdbc.queryForObject("SELECT COUNT(*) > 0 FROM omm_convenio", Map.of(), Boolean.class));
  }

  /** Ids of the comuna's convenios that are being approved or are in force. */
  public List<String> findActivos(String comunaCodigo) {
    return jdbc.queryForList(
        "SELECT id FROM omm_convenio WHERE comuna_codigo = :comuna "
            + "AND estado IN ('EN_APROBACION', 'VIGENTE', 'EN_TERMINO')",
        Map.of("comuna", comunaCodigo),
        String.class);
  }

  public void insert(
      String id,
      String comunaCodigo,
      String comunaNombre,
      String regionNombre,
      LocalDate suscripcion,
      String lugar,
      String tipoMecanismo,
      String registradoPor,
      Instant registradoEn) {
    jdbc.update(
        "INSERT INTO omm_convenio (id, comuna_codigo, comuna_nombre, region_nombre, fecha_suscripcion, "
            + "lugar_suscripcion, tipo_mecanismo, estado, registrado_por, registrado_en) VALUES (:id, :comuna, :nombre, "
            + ":region, :suscripcion, :lugar, :tipo, 'EN_APROBACION', :por, :en)",
        new MapSqlParameterSource("id", id)
            .addValue("comuna", comunaCodigo)
            .addValue("nombre", comunaNombre)
            .addValue("region", regionNombre)
            .addValue("suscripcion", suscripcion)
            .addValue("lugar", lugar)
            .addValue("tipo", tipoMecanismo)
            .addValue("por", registradoPor)
            .addValue("en", Timestamp.from(registradoEn)));
  }

  public Optional<String> estado(String id) {
    return jdbc
        .queryForList(
            "SELECT estado FROM omm_convenio WHERE id = :id", Map.of("id", id), String.class)
        .stream()
        .findFirst();
  }

  public Optional<String> comunaCodigo(String id) {
    return jdbc
        .queryForList(
            "SELECT comuna_codigo FROM omm_convenio WHERE id = :id", Map.of("id", id), String.class)
        .stream()
        .findFirst();
  }

  public void setEstado(String id, String estado) {
    jdbc.update(
        "UPDATE omm_convenio SET estado = :estado WHERE id = :id",
        Map.of("id", id, "estado", estado));
  }
}
