package cl.conveniosomm.bench;

import java.util.Map;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * The settings both sides run with, set explicitly on both so neither gets another's defaults: the
 * connection pool and the job executor (Camunda's defaults, written out).
 */
final class Ajustes {

  /**
   * Two connections per job thread at most (a failed job is recorded in a new transaction), and
   * some for the drivers.
   */
  static final int POOL = 24;

  static final int HILOS_MIN = 3;
  static final int HILOS_MAX = 10;
  static final int COLA = 3;
  static final int JOBS_POR_ADQUISICION = 3;
  static final int BLOQUEO_MS = 300_000;
  static final int ESPERA_MS = 5_000;
  static final long ESPERA_MAXIMA_MS = 60_000;

  private Ajustes() {}

  /** The app's properties for the same pool and job executor. */
  static Map<String, Object> aplicacion() {
    return Map.of(
        "spring.datasource.hikari.maximum-pool-size",
        POOL,
        "camunda.bpm.job-execution.core-pool-size",
        HILOS_MIN,
        "camunda.bpm.job-execution.max-pool-size",
        HILOS_MAX,
        "camunda.bpm.job-execution.queue-capacity",
        COLA,
        "camunda.bpm.job-execution.max-jobs-per-acquisition",
        JOBS_POR_ADQUISICION,
        "camunda.bpm.job-execution.lock-time-in-millis",
        BLOQUEO_MS,
        "camunda.bpm.job-execution.wait-time-in-millis",
        ESPERA_MS,
        "camunda.bpm.job-execution.max-wait",
        ESPERA_MAXIMA_MS);
  }

  /** The bare engine's job executor with the same settings. */
  static DefaultJobExecutor ejecutorBase() {
    DefaultJobExecutor ejecutor = new DefaultJobExecutor();
    ejecutor.setCorePoolSize(HILOS_MIN);
    ejecutor.setMaxPoolSize(HILOS_MAX);
    ejecutor.setQueueSize(COLA);
    ejecutor.setMaxJobsPerAcquisition(JOBS_POR_ADQUISICION);
    ejecutor.setLockTimeInMillis(BLOQUEO_MS);
    ejecutor.setWaitTimeInMillis(ESPERA_MS);
    ejecutor.setMaxWait(ESPERA_MAXIMA_MS);
    return ejecutor;
  }
}
