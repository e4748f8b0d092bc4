package cl.conveniosomm.plazo;

import cl.conveniosomm.municipio.Alcance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PlazoRepository {

  private static final String COLUMNS =
      "id, convenio_id, obligacion, descripcion, comuna_codigo, comuna_nombre, "
          + "calendario_comuna, vence, estado, responsables, escalamiento, contraparte, direcciones_invalidas, enlace, creado_en, cerrado_en, "
          + "proximo_recordatorio, proximo_numero, recordatorio_intentos, recordatorio_error";

  private static final String INSTANTE = "TIMESTAMP WITH TIME ZONE";

  private final NamedParameterJdbcTemplate jdbc;

  public PlazoRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the deadline unless its convenio already has one for the obligation, in one statement;
   * returns whether it was inserted. (The unique key still settles two nodes inserting at once.)
   */
  public boolean insertIfAbsent(Plazo plazo, CategoriaPlazo categoria) {
    ProximoRecordatorio proximo = plazo.proximoRecordatorio();
    // the casts: in INSERT … SELECT, PostgreSQL does not take a parameter's type from its column
    return jdbc.update(
            "INSERT INTO omm_plazo ("
                + COLUMNS
                + ", categoria) SELECT :id, :convenio, :obligacion, "
                + ":descripcion, :comunaCodigo, :comunaNombre, :calendarioComuna, CAST(:vence AS DATE), :estado, :responsables, "
                + ":escalamiento, :contraparte, :invalidas, :enlace, CAST(:creadoEn AS "
                + INSTANTE
                + "), CAST(NULL AS "
                + INSTANTE
                + "), CAST(:proximo AS "
                + INSTANTE
                + "), CAST(:numero AS INTEGER), 0, CAST(NULL AS VARCHAR(1000)), "
                + ":categoria WHERE NOT EXISTS (SELECT 1 FROM omm_plazo WHERE convenio_id = :convenio AND obligacion = :obligacion)",
            new MapSqlParameterSource()
                .addValue("id", plazo.id())
                .addValue("categoria", categoria.name())
                .addValue("convenio", plazo.convenioId())
                .addValue("obligacion", plazo.obligacion())
                .addValue("descripcion", plazo.descripcion())
                .addValue("comunaCodigo", plazo.comunaCodigo())
                .addValue("comunaNombre", plazo.comunaNombre())
                .addValue("calendarioComuna", plazo.calendarioComuna())
                .addValue("vence", plazo.vence())
                .addValue("estado", plazo.estadoGuardado().name())
                .addValue("responsables", String.join(",", plazo.responsables()))
                .addValue("escalamiento", String.join(",", plazo.escalamiento()))
                .addValue("contraparte", String.join(",", plazo.contraparte()))
                .addValue("invalidas", plazo.direccionesInvalidas())
                .addValue("enlace", plazo.enlace())
                .addValue("creadoEn", Timestamp.from(plazo.creadoEn()))
                .addValue("proximo", proximo == null ? null : Timestamp.from(proximo.cuando()))
                .addValue("numero", proximo == null ? null : proximo.numero()))
        == 1;
  }

  public Optional<Plazo> findById(String id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM omm_plazo WHERE id = :id",
            new MapSqlParameterSource("id", id),
            PlazoRepository::map)
        .stream()
        .findFirst();
  }

  public Optional<Plazo> findByObligacion(String convenioId, String obligacion) {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM omm_plazo WHERE convenio_id = :convenio AND obligacion = :obligacion",
            new MapSqlParameterSource("convenio", convenioId).addValue("obligacion", obligacion),
            PlazoRepository::map)
        .stream()
        .findFirst();
  }

  /** Closes the pending deadline of a convenio's obligation, if there is one, in one statement. */
  public boolean closeByObligacion(
      String convenioId, String obligacion, EstadoPlazo estado, Instant cuando) {
    return jdbc.update(
            "UPDATE omm_plazo SET estado = :estado, cerrado_en = :cuando, proximo_recordatorio = NULL "
                + "WHERE convenio_id = :convenio AND obligacion = :obligacion AND estado = 'PENDIENTE'",
            new MapSqlParameterSource("convenio", convenioId)
                .addValue("obligacion", obligacion)
                .addValue("estado", estado.name())
                .addValue("cuando", Timestamp.from(cuando)))
        == 1;
  }

  /** Closes a pending deadline, and with it its reminders; false when it was already closed. */
  public boolean close(String id, EstadoPlazo estado, Instant cuando) {
    return jdbc.update(
            "UPDATE omm_plazo SET estado = :estado, cerrado_en = :cuando, proximo_recordatorio = NULL "
                + "WHERE id = :id AND estado = 'PENDIENTE'",
            new MapSqlParameterSource("id", id)
                .addValue("estado", estado.name())
                .addValue("cuando", Timestamp.from(cuando)))
        == 1;
  }

  /**
   * Locks, for the current transaction, up to {@code limite} pending deadlines whose next reminder
   * is due at {@code ahora}, earliest first; rows another node holds are skipped, so nodes take
   * disjoint batches.
   */
  public List<Plazo> lockDueReminders(Instant ahora, int limite) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM omm_plazo WHERE proximo_recordatorio <= :ahora "
            + "AND estado = 'PENDIENTE' ORDER BY proximo_recordatorio LIMIT :limite FOR UPDATE SKIP LOCKED",
        new MapSqlParameterSource("ahora", Timestamp.from(ahora)).addValue("limite", limite),
        PlazoRepository::map);
  }

  /** Sets a deadline's next reminder (null: none left). */
  public void scheduleReminder(String id, ProximoRecordatorio proximo) {
    Map<String, ProximoRecordatorio> uno = new java.util.HashMap<>();
    uno.put(id, proximo);
    scheduleReminders(uno);
  }

  /** Sets each deadline's next reminder (null: none left), in one batch. */
  public void scheduleReminders(Map<String, ProximoRecordatorio> proximos) {
    jdbc.batchUpdate(
        "UPDATE omm_plazo SET proximo_recordatorio = :cuando, proximo_numero = :numero, "
            + "recordatorio_intentos = :intentos, recordatorio_error = :error WHERE id = :id AND estado = 'PENDIENTE'",
        proximos.entrySet().stream()
            .map(
                e -> {
                  ProximoRecordatorio proximo = e.getValue();
                  return new MapSqlParameterSource("id", e.getKey())
                      .addValue("cuando", proximo == null ? null : Timestamp.from(proximo.cuando()))
                      .addValue("numero", proximo == null ? null : proximo.numero())
                      .addValue("intentos", proximo == null ? 0 : proximo.intentos())
                      .addValue("error", proximo == null ? null : proximo.error());
                })
            .toArray(MapSqlParameterSource[]::new));
  }

  /**
   * For operators: reminders waiting, due at {@code ahora} and not yet queued (the scheduler is
   * behind), failing.
   */
  public record ResumenRecordatorios(
      long programados, long vencidos, long conError, Instant proximo) {}

  public ResumenRecordatorios reminderSummary(Instant ahora) {
    return jdbc.queryForObject(
        "SELECT COUNT(proximo_recordatorio) AS programados, "
            + "COUNT(CASE WHEN proximo_recordatorio <= :ahora THEN 1 END) AS vencidos, "
            + "COUNT(recordatorio_error) AS con_error, MIN(proximo_recordatorio) AS proximo "
            + "FROM omm_plazo WHERE estado = 'PENDIENTE'",
        new MapSqlParameterSource("ahora", Timestamp.from(ahora)),
        (rs, row) -> {
          Timestamp proximo = rs.getTimestamp("proximo");
          return new ResumenRecordatorios(
              rs.getLong("programados"),
              rs.getLong("vencidos"),
              rs.getLong("con_error"),
              proximo == null ? null : proximo.toInstant());
        });
  }

  /** Pending deadlines whose last reminder could not be queued, oldest retry first. */
  public List<Plazo> findFailingReminders(int limite) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM omm_plazo WHERE estado = 'PENDIENTE' AND recordatorio_error IS NOT NULL "
            + "ORDER BY proximo_recordatorio LIMIT :limite",
        new MapSqlParameterSource("limite", limite),
        PlazoRepository::map);
  }

  /**
   * Deadlines by convenio and state (null: any). VENCIDO and PENDIENTE are told apart by the due
   * date against {@code hoy}.
   */
  public List<Plazo> find(String convenioId, EstadoPlazo estado, LocalDate hoy, int limite) {
    return find(convenioId, estado, hoy, limite, Alcance.TODAS);
  }

  /** The deadlines of the comunas in the alcance. */
  public List<Plazo> find(
      String convenioId, EstadoPlazo estado, LocalDate hoy, int limite, Alcance alcance) {
    if (alcance.vacio()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM omm_plazo WHERE 1 = 1");
    MapSqlParameterSource params = new MapSqlParameterSource("hoy", hoy).addValue("limite", limite);
    if (!alcance.todas()) {
      sql.append(" AND comuna_codigo IN (:comunas)");
      params.addValue("comunas", alcance.comunas());
    }
    if (convenioId != null) {
      sql.append(" AND convenio_id = :convenio");
      params.addValue("convenio", convenioId);
    }
    if (estado == EstadoPlazo.VENCIDO) {
      sql.append(" AND estado = 'PENDIENTE' AND vence < :hoy");
    } else if (estado == EstadoPlazo.PENDIENTE) {
      sql.append(" AND estado = 'PENDIENTE' AND vence >= :hoy");
    } else if (estado != null) {
      sql.append(" AND estado = :estado");
      params.addValue("estado", estado.name());
    }
    sql.append(" ORDER BY vence, convenio_id LIMIT :limite");
    return jdbc.query(sql.toString(), params, PlazoRepository::map);
  }

  private static Plazo map(ResultSet rs, int row) throws SQLException {
    Timestamp cerrado = rs.getTimestamp("cerrado_en");
    return new Plazo(
        rs.getString("id"),
        rs.getString("convenio_id"),
        rs.getString("obligacion"),
        rs.getString("descripcion"),
        rs.getString("comuna_codigo"),
        rs.getString("comuna_nombre"),
        rs.getString("calendario_comuna"),
        rs.getObject("vence", LocalDate.class),
        EstadoPlazo.valueOf(rs.getString("estado")),
        split(rs.getString("responsables")),
        split(rs.getString("escalamiento")),
        split(rs.getString("contraparte")),
        rs.getString("direcciones_invalidas"),
        rs.getString("enlace"),
        rs.getTimestamp("creado_en").toInstant(),
        cerrado == null ? null : cerrado.toInstant(),
        proximoRecordatorio(rs));
  }

  private static ProximoRecordatorio proximoRecordatorio(ResultSet rs) throws SQLException {
    Timestamp cuando = rs.getTimestamp("proximo_recordatorio");
    return cuando == null
        ? null
        : new ProximoRecordatorio(
            cuando.toInstant(),
            rs.getInt("proximo_numero"),
            rs.getInt("recordatorio_intentos"),
            rs.getString("recordatorio_error"));
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
  }
}
