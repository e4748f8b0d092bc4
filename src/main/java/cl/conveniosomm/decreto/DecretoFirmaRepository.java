package cl.conveniosomm.decreto;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A decreto's electronic signature record: its verification code and, once the ministro de fe
 * signs, the number and date she signed it with. Its row is also the lock that keeps two nodes from
 * signing the same decreto at once.
 */
@Repository
public class DecretoFirmaRepository {

  /** The number and date the ministro de fe's signature carries. */
  public record NumeroFirmado(String numero, LocalDate fecha) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate aparte;

  public DecretoFirmaRepository(
      NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transacciones) {
    this.jdbc = jdbc;
    // a code created by two requests at once fails one insert: on PostgreSQL that would abort the
    // caller's transaction, so the insert has its own
    this.aparte = new TransactionTemplate(transacciones);
    aparte.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The convenio's decreto's verification code, created the first time it is asked for. */
  public String codigo(String convenioId) {
    return leerCodigo(convenioId).orElseGet(() -> crearCodigo(convenioId));
  }

  private String crearCodigo(String convenioId) {
    try {
      aparte.executeWithoutResult(
          estado ->
              jdbc.update(
                  "INSERT INTO omm_decreto_firma (convenio_id, codigo_verificacion)"
                      + " VALUES (:convenio, :codigo)",
                  new MapSqlParameterSource("convenio", convenioId)
                      .addValue("codigo", CodigoVerificacion.nuevo())));
    } catch (DuplicateKeyException otroLoCreo) {
      // another request (or node) created it first, or, once in 2^60, the code was taken: read back
    }
    return leerCodigo(convenioId)
        .orElseThrow(() -> new IllegalStateException("Sin código para " + convenioId));
  }

  private Optional<String> leerCodigo(String convenioId) {
    return jdbc
        .queryForList(
            "SELECT codigo_verificacion FROM omm_decreto_firma WHERE convenio_id = :convenio",
            Map.of("convenio", convenioId),
            String.class)
        .stream()
        .findFirst();
  }

  /** The convenio whose decreto carries {@code codigo}. */
  public Optional<String> convenioDe(String codigo) {
    return jdbc
        .queryForList(
            "SELECT convenio_id FROM omm_decreto_firma WHERE codigo_verificacion = :codigo",
            Map.of("codigo", codigo),
            String.class)
        .stream()
        .findFirst();
  }

  /**
   * Locks the convenio's row until the current transaction ends: whoever signs the decreto on
   * another node waits.
   */
  public void bloquear(String convenioId) {
    codigo(convenioId);
    jdbc.queryForList(
        "SELECT convenio_id FROM omm_decreto_firma WHERE convenio_id = :convenio FOR UPDATE",
        Map.of("convenio", convenioId),
        String.class);
  }

  public void registrarNumero(String convenioId, NumeroFirmado firmado) {
    jdbc.update(
        "UPDATE omm_decreto_firma SET numero = :numero, fecha = :fecha WHERE convenio_id = :convenio",
        new MapSqlParameterSource("convenio", convenioId)
            .addValue("numero", firmado.numero())
            .addValue("fecha", firmado.fecha()));
  }

  public Optional<NumeroFirmado> numeroFirmado(String convenioId) {
    return jdbc
        .query(
            "SELECT numero, fecha FROM omm_decreto_firma WHERE convenio_id = :convenio"
                + " AND numero IS NOT NULL",
            Map.of("convenio", convenioId),
            (rs, fila) ->
                new NumeroFirmado(rs.getString("numero"), rs.getObject("fecha", LocalDate.class)))
        .stream()
        .findFirst();
  }
}
