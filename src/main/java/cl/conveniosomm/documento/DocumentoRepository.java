package cl.conveniosomm.documento;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class DocumentoRepository {

  private static final String METADATA =
      "id, convenio_id, tipo, referencia, version, nombre, content_type, tamano, sha256, "
          + "subido_por, subido_en";

  private final NamedParameterJdbcTemplate jdbc;

  public DocumentoRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public int nextVersion(String convenioId, TipoDocumento tipo, String referencia) {
    Integer max =
        jdbc.queryForObject(
            "SELECT MAX(version) FROM omm_documento WHERE convenio_id = :convenio AND tipo = :tipo "
                + "AND referencia = :referencia",
            Map.of("convenio", convenioId, "tipo", tipo.name(), "referencia", referencia),
            Integer.class);
    return max == null ? 1 : max + 1;
  }

  public void insert(Documento d, byte[] contenido) {
    jdbc.update(
        "INSERT INTO omm_documento ("
            + METADATA
            + ", contenido) VALUES (:id, :convenio, :tipo, :referencia, :version, "
            + ":nombre, :contentType, :tamano, :sha256, :por, :en, :contenido)",
        new MapSqlParameterSource()
            .addValue("id", d.id())
            .addValue("convenio", d.convenioId())
            .addValue("tipo", d.tipo().name())
            .addValue("referencia", d.referencia())
            .addValue("version", d.version())
            .addValue("nombre", d.nombre())
            .addValue("contentType", d.contentType())
            .addValue("tamano", d.tamano())
            .addValue("sha256", d.sha256())
            .addValue("por", d.subidoPor())
            .addValue("en", Timestamp.from(d.subidoEn()))
            .addValue("contenido", contenido));
  }

  /** Every version of every document of the convenio, newest version first within each type. */
  public List<Documento> findByConvenio(String convenioId) {
    return jdbc.query(
        "SELECT "
            + METADATA
            + " FROM omm_documento WHERE convenio_id = :convenio ORDER BY tipo, referencia, version DESC",
        Map.of("convenio", convenioId),
        DocumentoRepository::map);
  }

  public Optional<Documento> findLatest(String convenioId, TipoDocumento tipo, String referencia) {
    return jdbc
        .query(
            "SELECT "
                + METADATA
                + " FROM omm_documento WHERE convenio_id = :convenio AND tipo = :tipo "
                + "AND referencia = :referencia ORDER BY version DESC LIMIT 1",
            Map.of("convenio", convenioId, "tipo", tipo.name(), "referencia", referencia),
            DocumentoRepository::map)
        .stream()
        .findFirst();
  }

  public byte[] content(String id) {
    return jdbc.queryForObject(
        "SELECT contenido FROM omm_documento WHERE id = :id", Map.of("id", id), byte[].class);
  }

  private static Documento map(ResultSet rs, int row) throws SQLException {
    return new Documento(
        rs.getString("id"),
        rs.getString("convenio_id"),
        TipoDocumento.valueOf(rs.getString("tipo")),
        rs.getString("referencia"),
        rs.getInt("version"),
        rs.getString("nombre"),
        rs.getString("content_type"),
        rs.getLong("tamano"),
        rs.getString("sha256"),
        rs.getString("subido_por"),
        rs.getTimestamp("subido_en").toInstant());
  }
}
