package cl.conveniosomm.bench;

import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine clock and waits for the job executor to run everything then due. */
final class Tiempo {

  private Tiempo() {}

  static void mover(java.util.Date cuando, JobExecutor executor) {
    ClockUtil.setCurrentTime(cuando);
    if (executor.isActive()) {
      executor.jobWasAdded();
    }
  }

  /**
   * Waits until no job is due (failed jobs that wait for a retry are not due); returns false on
   * timeout.
   */
  static boolean drenar(ProcessEngine engine, JobExecutor executor, long maxMillis)
      throws InterruptedException {
    long limite = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
    int vacios = 0;
    while (System.nanoTime() < limite) {
      // active: suspended jobs (the convenios of a previous run, asleep) never run
      long pendientes =
          engine.getManagementService().createJobQuery().executable().active().count();
      if (pendientes == 0) {
        if (++vacios >= 2) {
          return true;
        }
      } else {
        vacios = 0;
        executor.jobWasAdded();
      }
      Thread.sleep(25);
    }
    return false;
  }
}
