package cl.conveniosomm.decreto;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AntecedenteRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public AntecedenteRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public int nextOrden(String convenioId) {
    Integer max =
        jdbc.queryForObject(
            "SELECT MAX(orden) FROM omm_antecedente WHERE convenio_id = :convenio",
            Map.of("convenio", convenioId),
            Integer.class);
    return max == null ? 1 : max + 1;
  }

  public boolean existsNumero(
      String convenioId, TipoAntecedente tipo, UnidadEmisora unidad, String numero) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT COUNT(*) > 0 FROM omm_antecedente WHERE convenio_id = :convenio "
                + "AND tipo = :tipo AND unidad = :unidad AND numero = :numero",
            new MapSqlParameterSource("convenio", convenioId)
                .addValue("tipo", tipo.name())
                .addValue("unidad", unidad.name())
                .addValue("numero", numero),
            Boolean.class));
  }

  public void insert(Antecedente a) {
    jdbc.update(
        "INSERT INTO omm_antecedente (id, convenio_id, orden, paso, tipo, numero, fecha, unidad, materia, "
            + "registrado_por, registrado_en) VALUES (:id, :convenio, :orden, :paso, :tipo, :numero, :fecha, :unidad, "
            + ":materia, :por, :en)",
        new MapSqlParameterSource()
            .addValue("id", a.id())
            .addValue("convenio", a.convenioId())
            .addValue("orden", a.orden())
            .addValue("paso", a.paso())
            .addValue("tipo", a.tipo().name())
            .addValue("numero", a.numero())
            .addValue("fecha", a.fecha())
            .addValue("unidad", a.unidad().name())
            .addValue("materia", a.materia())
            .addValue("por", a.registradoPor())
            .addValue("en", Timestamp.from(a.registradoEn())));
  }

  /** The convenio's antecedentes in the order they were recorded. */
  public List<Antecedente> findByConvenio(String convenioId) {
    return jdbc.query(
        "SELECT * FROM omm_antecedente WHERE convenio_id = :convenio ORDER BY orden",
        Map.of("convenio", convenioId),
        AntecedenteRepository::map);
  }

  private static Antecedente map(ResultSet rs, int row) throws SQLException {
    return new Antecedente(
        rs.getString("id"),
        rs.getString("convenio_id"),
        rs.getInt("orden"),
        rs.getString("paso"),
        TipoAntecedente.valueOf(rs.getString("tipo")),
        rs.getString("numero"),
        rs.getObject("fecha", LocalDate.class),
        UnidadEmisora.valueOf(rs.getString("unidad")),
        rs.getString("materia"),
        rs.getString("registrado_por"),
        rs.getTimestamp("registrado_en").toInstant());
  }
}
