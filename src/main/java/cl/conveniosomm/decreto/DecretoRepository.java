package cl.conveniosomm.decreto;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class DecretoRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public DecretoRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean numeroTomado(String comunaCodigo, int anio, String numero) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT COUNT(*) > 0 FROM omm_decreto WHERE comuna_codigo = :comuna "
                + "AND anio = :anio AND numero = :numero",
            new MapSqlParameterSource("comuna", comunaCodigo)
                .addValue("anio", anio)
                .addValue("numero", numero),
            Boolean.class));
  }

  public void insert(Decreto decreto, Instant registradoEn) {
    jdbc.update(
        "INSERT INTO omm_decreto (convenio_id, comuna_codigo, numero, anio, fecha, efecto_retroactivo, "
            + "registrado_en) VALUES (:convenio, :comuna, :numero, :anio, :fecha, :retroactivo, :en)",
        new MapSqlParameterSource("convenio", decreto.convenioId())
            .addValue("comuna", decreto.comunaCodigo())
            .addValue("numero", decreto.numero())
            .addValue("anio", decreto.fecha().getYear())
            .addValue("fecha", decreto.fecha())
            .addValue("retroactivo", decreto.efectoRetroactivo())
            .addValue("en", Timestamp.from(registradoEn)));
  }

  public Optional<Decreto> findByConvenio(String convenioId) {
    return jdbc
        .query(
            "SELECT * FROM omm_decreto WHERE convenio_id = :convenio",
            Map.of("convenio", convenioId),
            (rs, row) ->
                new Decreto(
                    rs.getString("convenio_id"),
                    rs.getString("comuna_codigo"),
                    rs.getString("numero"),
                    rs.getObject("fecha", java.time.LocalDate.class),
                    rs.getBoolean("efecto_retroactivo")))
        .stream()
        .findFirst();
  }
}
