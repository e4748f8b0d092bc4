package cl.conveniosomm.system.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes starting at the same moment on PostgreSQL start one at a time. Camunda creates or updates
 * its tables while building the engine, and the app then creates its groups, authorizations,
 * filters and onboarded municipalities, none of it coordinated between nodes: two nodes on a new
 * database both try and one fails on a duplicate. A PostgreSQL advisory lock, held on its own
 * connection from before the engine's build until the application is ready (or failed), makes the
 * second node wait and then find everything made. (Deployments are coordinated by the engine's own
 * deployment lock.)
 */
@Component
public class ArranqueExclusivoPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ArranqueExclusivoPlugin.class);

  /** Any constant the application's nodes agree on; "OMM" in ASCII. */
  private static final long LLAVE = 0x4F4D4DL;

  private final DataSource dataSource;
  private Connection conexion;

  public ArranqueExclusivoPlugin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection candidata = dataSource.getConnection();
      if (!"PostgreSQL".equals(candidata.getMetaData().getDatabaseProductName())) {
        candidata.close();
        return;
      }
      LOG.info("Esperando el turno para iniciar el motor (otros nodos pueden estar iniciando)");
      try (Statement statement = candidata.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + LLAVE + ")");
      }
      conexion = candidata;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No se pudo coordinar el inicio del motor con otros nodos", e);
    }
  }

  /** After every startup listener (groups, municipalities, demo data) has run. */
  @Order(Ordered.LOWEST_PRECEDENCE)
  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
  public void liberar() {
    if (conexion == null) {
      return;
    }
    try (Connection liberar = conexion;
        Statement statement = liberar.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + LLAVE + ")");
    } catch (SQLException e) {
      LOG.warn(
          "No se pudo liberar el turno de inicio; se libera al cerrar la conexión: {}",
          e.getMessage());
    } finally {
      conexion = null;
    }
  }
}
