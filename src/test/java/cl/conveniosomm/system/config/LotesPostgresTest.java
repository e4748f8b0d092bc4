package cl.conveniosomm.system.config;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PostgreSQL connections send the engine's insert batches as multi-row inserts, unless the URL says
 * otherwise.
 */
class LotesPostgresTest extends DemoApplicationTest {

  @Autowired DataSource dataSource;

  @Test
  void theAppsPostgresPoolRewritesBatchedInserts() {
    HikariDataSource pool = (HikariDataSource) dataSource;
    assertThat(pool.getJdbcUrl()).startsWith("jdbc:postgresql:");
    assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
  }

  @Test
  void onlyPostgresUrlsThatDoNotChooseForThemselves() {
    assertThat(LotesPostgres.aplica("jdbc:postgresql://db:5432/convenios")).isTrue();
    assertThat(
            LotesPostgres.aplica("jdbc:postgresql://db:5432/convenios?rewritebatchedinserts=false"))
        .isFalse();
    assertThat(LotesPostgres.aplica("jdbc:h2:file:./data/convenios-omm")).isFalse();
    assertThat(LotesPostgres.aplica(null)).isFalse();
  }
}
