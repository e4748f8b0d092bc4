package cl.conveniosomm.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL 17 server for the whole run; each side (app, baseline) gets its own
 * database.
 */
final class BaseDeDatos implements AutoCloseable {

  /**
   * pg_stat_statements on (default): statement counts per figure; -Dbench.pgstat=false turns it
   * off.
   */
  static final boolean PGSTAT = Boolean.parseBoolean(System.getProperty("bench.pgstat", "true"));

  private final EmbeddedPostgres servidor;

  BaseDeDatos() throws Exception {
    var builder =
        EmbeddedPostgres.builder()
            // the same settings for both sides; more connections than the two pools need
            .setServerConfig("max_connections", "200");
    if (PGSTAT) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain");
      // -Dbench.explicar=150 logs the plan of every statement slower than 150 ms
      builder.setServerConfig(
          "auto_explain.log_min_duration", System.getProperty("bench.explicar", "-1"));
      builder.setServerConfig("auto_explain.log_analyze", "on");
    }
    servidor = builder.start();
  }

  String crear(String nombre) throws SQLException {
    try (Connection c = servidor.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + nombre);
      s.execute("CREATE DATABASE " + nombre);
    }
    if (PGSTAT) {
      try (Connection c = servidor.getDatabase("postgres", nombre).getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      }
    }
    return url(nombre);
  }

  String url(String nombre) {
    return servidor.getJdbcUrl("postgres", nombre);
  }

  /** Statements run in a database since the last reset; -1 without pg_stat_statements. */
  long sentencias(String nombre) throws SQLException {
    if (!PGSTAT) {
      return -1;
    }
    try (Connection c = servidor.getDatabase("postgres", nombre).getConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements"
                    + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Starts a database's statement statistics afresh. */
  void reiniciar(String nombre) throws SQLException {
    if (!PGSTAT) {
      return;
    }
    try (Connection c = servidor.getDatabase("postgres", nombre).getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");
    }
  }

  /**
   * With -Dbench.lentas=true: the statements that took most time in a database since the last call.
   */
  String masLentas(String nombre, int n) throws SQLException {
    if (!PGSTAT || !Boolean.getBoolean("bench.lentas")) {
      return "";
    }
    StringBuilder texto = new StringBuilder();
    try (Connection c = servidor.getDatabase("postgres", nombre).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      try (var rs =
          s.executeQuery(
              "SELECT sum(calls), round(sum(total_exec_time)) FROM pg_stat_statements"
                  + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
        rs.next();
        texto.append(String.format("total: %d sentencias, %d ms%n", rs.getLong(1), rs.getLong(2)));
      }
      try (var rs =
          s.executeQuery(
              "SELECT calls, round(total_exec_time) ms, round(mean_exec_time::numeric, 3) media,"
                  + " left(regexp_replace(query, '\\s+', ' ', 'g'), 300) q FROM pg_stat_statements"
                  + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                  + " ORDER BY total_exec_time DESC LIMIT "
                  + n)) {
        while (rs.next()) {
          texto.append(
              String.format(
                  "%8d calls %8d ms %8s ms/call  %s%n",
                  rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
        }
      }
      s.execute(
          "SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");
    }
    return texto.toString();
  }

  @Override
  public void close() throws Exception {
    servidor.close();
  }
}
