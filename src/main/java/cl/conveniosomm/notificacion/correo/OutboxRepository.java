package cl.conveniosomm.notificacion.correo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OutboxRepository {

  private static final String COLUMNS =
      "id, clave, convenio_id, usuario_id, destinatario, asunto, texto, html, "
          + "adjunto_nombre, adjunto_tipo, adjunto, adjunto_documento_id, datos, estado, intentos, proximo_intento, ultimo_error, creado_en, enviado_en";

  private static final String INSTANTE = "TIMESTAMP WITH TIME ZONE";

  private final NamedParameterJdbcTemplate jdbc;

  public OutboxRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the message unless one with its key exists, in one statement; returns whether it was
   * inserted. (The unique key still settles two nodes inserting at once.)
   */
  public boolean insertIfAbsent(MensajeSaliente m) {
    // the casts: in INSERT … SELECT, PostgreSQL does not take a parameter's type from its column
    return jdbc.update(
            "INSERT INTO omm_mensaje ("
                + COLUMNS
                + ") SELECT :id, :clave, :convenio, :usuario, :destinatario, "
                + ":asunto, :texto, :html, :adjuntoNombre, :adjuntoTipo, :adjunto, :adjuntoDocumentoId, :datos, :estado, 0, CAST(:proximo AS "
                + INSTANTE
                + "), CAST(NULL AS VARCHAR(1000)), CAST(:creado AS "
                + INSTANTE
                + "), CAST(NULL AS "
                + INSTANTE
                + ") "
                + "WHERE NOT EXISTS (SELECT 1 FROM omm_mensaje WHERE clave = :clave)",
            new MapSqlParameterSource()
                .addValue("id", m.id())
                .addValue("clave", m.clave())
                .addValue("convenio", m.convenioId())
                .addValue("usuario", m.usuarioId())
                .addValue("destinatario", m.destinatario())
                .addValue("asunto", m.asunto())
                .addValue("texto", m.texto())
                .addValue("html", m.html())
                .addValue("adjuntoNombre", m.adjuntoNombre())
                .addValue("adjuntoTipo", m.adjuntoTipo())
                .addValue("adjunto", m.adjunto())
                .addValue("adjuntoDocumentoId", m.adjuntoDocumentoId())
                .addValue("datos", m.datos())
                .addValue("estado", m.estado().name())
                .addValue("proximo", Timestamp.from(m.proximoIntento()))
                .addValue("creado", Timestamp.from(m.creadoEn())))
        == 1;
  }

  /** Ids of pending messages due now and not locked by a live sender, oldest first. */
  public List<String> findDue(Instant ahora, int limite) {
    return jdbc.queryForList(
        "SELECT id FROM omm_mensaje WHERE estado = 'PENDIENTE' AND proximo_intento <= :ahora "
            + "AND (bloqueado_hasta IS NULL OR bloqueado_hasta < :ahora) ORDER BY proximo_intento, creado_en LIMIT :limite",
        new MapSqlParameterSource("ahora", Timestamp.from(ahora)).addValue("limite", limite),
        String.class);
  }

  /**
   * Takes, for the batch {@code lote} until {@code hasta}, those of the messages that are still
   * pending and that no live sender holds (a conditional update: only one sender can take each);
   * returns them, oldest first.
   */
  public List<MensajeSaliente> claim(List<String> ids, String lote, Instant ahora, Instant hasta) {
    if (ids.isEmpty()) {
      return List.of();
    }
    jdbc.update(
        "UPDATE omm_mensaje SET bloqueado_por = :lote, bloqueado_hasta = :hasta WHERE id IN (:ids) "
            + "AND estado = 'PENDIENTE' AND (bloqueado_hasta IS NULL OR bloqueado_hasta < :ahora)",
        new MapSqlParameterSource("ids", ids)
            .addValue("lote", lote)
            .addValue("ahora", Timestamp.from(ahora))
            .addValue("hasta", Timestamp.from(hasta)));
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM omm_mensaje WHERE id IN (:ids) AND bloqueado_por = :lote "
            + "AND estado = 'PENDIENTE' ORDER BY proximo_intento, creado_en",
        new MapSqlParameterSource("ids", ids).addValue("lote", lote),
        OutboxRepository::map);
  }

  /**
   * Keeps the locks of the batch's messages not sent yet; a message it no longer holds is not
   * touched.
   */
  public int extendClaim(String lote, Instant hasta) {
    return jdbc.update(
        "UPDATE omm_mensaje SET bloqueado_hasta = :hasta WHERE bloqueado_por = :lote "
            + "AND estado = 'PENDIENTE'",
        new MapSqlParameterSource("lote", lote).addValue("hasta", Timestamp.from(hasta)));
  }

  public MensajeSaliente get(String id) {
    return jdbc.queryForObject(
        "SELECT " + COLUMNS + " FROM omm_mensaje WHERE id = :id",
        Map.of("id", id),
        OutboxRepository::map);
  }

  public void markSent(String id, String nodo, Instant cuando) {
    jdbc.update(
        "UPDATE omm_mensaje SET estado = 'ENVIADO', enviado_en = :cuando, intentos = intentos + 1, "
            + "bloqueado_hasta = NULL, ultimo_error = NULL WHERE id = :id AND bloqueado_por = :nodo",
        new MapSqlParameterSource("id", id)
            .addValue("nodo", nodo)
            .addValue("cuando", Timestamp.from(cuando)));
  }

  public void markFailed(String id, String nodo, String error, Instant proximoIntento) {
    // releasing the owner too: a lock renewal still on its way can no longer take the message back
    jdbc.update(
        "UPDATE omm_mensaje SET intentos = intentos + 1, ultimo_error = :error, proximo_intento = :proximo, "
            + "bloqueado_hasta = NULL, bloqueado_por = NULL WHERE id = :id AND bloqueado_por = :nodo",
        new MapSqlParameterSource("id", id)
            .addValue("nodo", nodo)
            .addValue("error", error)
            .addValue("proximo", Timestamp.from(proximoIntento)));
  }

  /** Makes failed messages due now (after an SMTP outage is fixed). */
  public int retryFailedNow(Instant ahora) {
    return jdbc.update(
        "UPDATE omm_mensaje SET proximo_intento = :ahora WHERE estado = 'PENDIENTE' AND intentos > 0",
        new MapSqlParameterSource("ahora", Timestamp.from(ahora)));
  }

  public List<MensajeSaliente> find(EstadoMensaje estado, boolean soloConError, int limite) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM omm_mensaje WHERE 1 = 1");
    MapSqlParameterSource params = new MapSqlParameterSource("limite", limite);
    if (estado != null) {
      sql.append(" AND estado = :estado");
      params.addValue("estado", estado.name());
    }
    if (soloConError) {
      sql.append(" AND ultimo_error IS NOT NULL");
    }
    sql.append(" ORDER BY creado_en DESC LIMIT :limite");
    return jdbc.query(sql.toString(), params, OutboxRepository::map);
  }

  /** Every message about a convenio, oldest first. */
  public List<MensajeSaliente> findByConvenio(String convenioId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM omm_mensaje WHERE convenio_id = :convenio ORDER BY creado_en, clave",
        Map.of("convenio", convenioId),
        OutboxRepository::map);
  }

  /**
   * For operators: what waits to be sent, what is failing, what went, what waits for a daily
   * digest.
   */
  public record ResumenCorreos(long pendientes, long conError, long enviados, long retenidos) {}

  public ResumenCorreos summary() {
    return jdbc.queryForObject(
        "SELECT COUNT(CASE WHEN estado = 'PENDIENTE' THEN 1 END) AS pendientes, "
            + "COUNT(CASE WHEN estado = 'PENDIENTE' AND intentos > 0 THEN 1 END) AS con_error, "
            + "COUNT(CASE WHEN estado = 'ENVIADO' THEN 1 END) AS enviados, "
            + "COUNT(CASE WHEN estado = 'RETENIDO' THEN 1 END) AS retenidos FROM omm_mensaje",
        Map.of(),
        (rs, row) ->
            new ResumenCorreos(
                rs.getLong("pendientes"),
                rs.getLong("con_error"),
                rs.getLong("enviados"),
                rs.getLong("retenidos")));
  }

  public List<String> usersWithHeldMessages() {
    return jdbc.queryForList(
        "SELECT DISTINCT usuario_id FROM omm_mensaje WHERE estado = 'RETENIDO'",
        Map.of(),
        String.class);
  }

  public List<MensajeSaliente> findHeld(String usuarioId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM omm_mensaje WHERE estado = 'RETENIDO' AND usuario_id = :usuario "
            + "ORDER BY creado_en",
        Map.of("usuario", usuarioId),
        OutboxRepository::map);
  }

  public int markGrouped(List<String> ids) {
    return jdbc.update(
        "UPDATE omm_mensaje SET estado = 'AGRUPADO' WHERE estado = 'RETENIDO' AND id IN (:ids)",
        Map.of("ids", ids));
  }

  private static MensajeSaliente map(ResultSet rs, int row) throws SQLException {
    Timestamp enviado = rs.getTimestamp("enviado_en");
    return new MensajeSaliente(
        rs.getString("id"),
        rs.getString("clave"),
        rs.getString("convenio_id"),
        rs.getString("usuario_id"),
        rs.getString("destinatario"),
        rs.getString("asunto"),
        rs.getString("texto"),
        rs.getString("html"),
        rs.getString("adjunto_nombre"),
        rs.getString("adjunto_tipo"),
        rs.getString("adjunto"),
        rs.getString("adjunto_documento_id"),
        rs.getString("datos"),
        EstadoMensaje.valueOf(rs.getString("estado")),
        rs.getInt("intentos"),
        rs.getTimestamp("proximo_intento").toInstant(),
        rs.getString("ultimo_error"),
        rs.getTimestamp("creado_en").toInstant(),
        enviado == null ? null : enviado.toInstant());
  }
}
