package cl.conveniosomm.bench;

import cl.conveniosomm.convenio.catalogo.Comuna;
import cl.conveniosomm.support.SemillaLaSerena;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Figure 2: every comuna of Chile through ten years of life, the job executor running every timer,
 * reminder and async step while the clock moves semester by semester, people completing every task
 * (with its PDF) once the report falls due. The baseline runs the same shape on the bare engine.
 */
final class Nacional {

  private final ProcessEngine engine;
  private final Vida.Lado lado;
  private final JobExecutor executor;
  private final String sufijo;
  private final java.util.concurrent.atomic.AtomicLong tareas = new java.util.concurrent.atomic.AtomicLong();
  /** People in 346 municipalities work at the same time: tasks are completed by this many threads. */
  private final java.util.concurrent.ExecutorService personas =
      java.util.concurrent.Executors.newFixedThreadPool(Integer.getInteger("bench.personas", 4));

  private Nacional(ProcessEngine engine, Vida.Lado lado, JobExecutor executor, String sufijo) {
    this.engine = engine;
    this.lado = lado;
    this.executor = executor;
    this.sufijo = sufijo;
  }

  static List<Figura> medir(ApplicationContext app, ProcessEngine motorApp, ProcessEngine base, List<Comuna> comunas,
      int pais) throws Exception {
    int semestres = Integer.getInteger("bench.semestres", 2);
    Resultado b = new Nacional(base, Ciclos.base(base), AplicacionBench.jobExecutor(base), "n").vivir(comunas, semestres);
    Bench.log("figura 2 base: " + b);
    Resultado a = new Nacional(motorApp, Ciclos.app(app), AplicacionBench.jobExecutor(motorApp), "n").vivir(comunas, semestres);
    Bench.log("figura 2 app: " + a);
    double escala = (double) pais / comunas.size();
    double a10 = a.extrapolar(escala, 20);
    double b10 = b.extrapolar(escala, 20);
    String nota = String.format(Locale.ROOT,
        "medido: %d convenios, registro y aprobación y %d semestres (ciclo anual, informes, recordatorios);"
            + " app: %d tareas, %d jobs, %d fallidos, aprobación %.0f s, %.0f s por semestre; base: %d tareas, %d jobs,"
            + " aprobación %.0f s, %.0f s por semestre; 2a extrapola linealmente a %d comunas y 20 semestres"
            + " (aprobación + 20 semestres, por comuna)",
        comunas.size(), semestres, a.tareas, a.jobs, a.fallidos, a.aprobacion, a.porSemestre, b.tareas, b.jobs,
        b.aprobacion, b.porSemestre, pais);
    return List.of(
        new Figura("2a", "Escala nacional: " + pais + " comunas, 10 años (extrapolado)", "s", a10, b10, "app < 300 s",
            a10 < 300, nota),
        new Figura("2m", "Escala nacional: medido (" + comunas.size() + " comunas, " + semestres + " semestres)", "s",
            a.segundos, b.segundos, "(informativo)", true, ""),
        new Figura("2b", "Escala nacional: jobs por segundo (medido)", "jobs/s", a.jobs / a.segundos, b.jobs / b.segundos,
            "(informativo)", true, ""),
        new Figura("2c", "Escala nacional: heap máximo usado (medido)", "MiB", a.heapMiB, b.heapMiB, "(informativo)", true,
            "muestreo cada 100 ms del heap usado de la JVM del bench (ambos lados comparten JVM)"));
  }

  record Resultado(double segundos, long tareas, long jobs, long fallidos, double heapMiB, double aprobacion,
      double porSemestre) {

    double extrapolar(double escala, int semestres) {
      return escala * (aprobacion + semestres * porSemestre);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f s (aprobación %.1f s, %.1f s por semestre), %d tareas, %d jobs,"
          + " %d fallidos, heap %.0f MiB", segundos, aprobacion, porSemestre, tareas, jobs, fallidos, heapMiB);
    }
  }

  private Resultado vivir(List<Comuna> comunas, int semestres) throws Exception {
    System.gc();
    AtomicLong heap = new AtomicLong();
    Thread muestreo = new Thread(() -> {
      var memoria = ManagementFactory.getMemoryMXBean();
      while (!Thread.currentThread().isInterrupted()) {
        heap.accumulateAndGet(memoria.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    muestreo.setDaemon(true);
    muestreo.start();
    long jobsAntes = jobsHechos();
    long inicio = System.nanoTime();
    executor.start();
    double aprobacion;
    try {
      aprobar(comunas);
      aprobacion = (System.nanoTime() - inicio) / 1e9;
      for (int s = 0; s < semestres; s++) {
        semestre();
      }
    } finally {
      executor.shutdown();
      personas.shutdown();
      muestreo.interrupt();
    }
    double segundos = (System.nanoTime() - inicio) / 1e9;
    // the convenios stay in force with timers in the past of the next figures' clock: they sleep from here
    for (String clave : List.of("convenio-omm", "ciclo-gestion", "informe-convenio", "plazo-recordatorios")) {
      engine.getRuntimeService().updateProcessInstanceSuspensionState().byProcessDefinitionKey(clave).suspend();
    }
    long fallidos = engine.getManagementService().createJobQuery().withException().count();
    return new Resultado(segundos, tareas.get(), jobsHechos() - jobsAntes, fallidos, heap.get() / 1048576.0, aprobacion,
        (segundos - aprobacion) / semestres);
  }

  private long jobsHechos() {
    return engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
  }

  /** Registration and approval of every convenio, step by step on the seed's days. */
  private void aprobar(List<Comuna> comunas) throws Exception {
    SemillaLaSerena.el("2016-12-20");
    for (Comuna c : comunas) {
      String convenio = c.codigo() + "-" + sufijo;
      Map<String, Object> variables = new HashMap<>(Vida.registro(c.codigo(), c.nombre(), c.regionNombre()));
      variables.putAll(lado.extra());
      engine.getRuntimeService().startProcessInstanceByKey("convenio-omm", convenio, variables);
      lado.documento(convenio, "CONVENIO_FIRMADO", "");
    }
    for (var paso : Vida.APROBACION.entrySet()) {
      Tiempo.mover(fecha(Vida.DIA.get(paso.getKey())), executor);
      drenar();
      enParalelo(abiertas(paso.getKey()), task -> {
        if (paso.getKey().equals("Task_NumerarDecreto")) {
          lado.documento(convenio(task), "DECRETO_FIRMADO", "");
        }
        completar(task, Vida.variables(paso.getKey(), paso.getValue(), sufijo));
      });
    }
    drenar();
  }

  /** The semester ends: reports open; when they fall due every open task is done. */
  private void semestre() throws Exception {
    Date fin = engine.getManagementService().createJobQuery().activityId("Timer_FinSemestre").orderByJobDuedate().desc()
        .listPage(0, 1).stream().map(Job::getDuedate).findFirst().orElseThrow();
    Tiempo.mover(fin, executor);
    drenar();
    Date vence = new Date(fin.getTime() + Duration.ofDays(16).toMillis());
    Tiempo.mover(vence, executor);
    drenar();
    for (List<Task> abiertas = abiertas(null); !abiertas.isEmpty(); abiertas = abiertas(null)) {
      enParalelo(abiertas, task -> completar(task, variables(task)));
      drenar();
    }
  }

  private Map<String, Object> variables(Task task) {
    String clave = task.getTaskDefinitionKey();
    if (clave.equals("Task_PrepararInforme")) {
      String periodo = (String) engine.getTaskService().getVariable(task.getId(), "periodoCodigo");
      lado.documento(convenio(task), "final".equals(periodo) ? "INFORME_FINAL" : "INFORME_SEMESTRAL", periodo);
      return Map.of("informeResumen", "Avance del período " + periodo);
    }
    if (clave.equals("Task_RevisarInforme")) {
      return Map.of("revisionInforme", "APROBADO");
    }
    Map<String, Object> v = Vida.CICLO.get(clave);
    if (v == null) {
      throw new IllegalStateException("Tarea inesperada " + clave);
    }
    return v;
  }

  private void enParalelo(List<Task> lista, java.util.function.Consumer<Task> accion) throws Exception {
    List<java.util.concurrent.Future<?>> hechos = new ArrayList<>();
    for (Task task : lista) {
      hechos.add(personas.submit(() -> accion.accept(task)));
    }
    for (var hecho : hechos) {
      hecho.get();
    }
  }

  private void completar(Task task, Map<String, Object> variables) {
    for (int intento = 1; ; intento++) {
      try {
        engine.getTaskService().complete(task.getId(), variables);
        tareas.incrementAndGet();
        return;
      } catch (OptimisticLockingException e) {
        // a reminder of the same deadline ran at the same moment: the person submits again
        if (intento == 5) {
          throw e;
        }
        try {
          Thread.sleep(20L * intento);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private List<Task> abiertas(String clave) {
    var query = engine.getTaskService().createTaskQuery().active();
    if (clave != null) {
      query.taskDefinitionKey(clave);
    }
    return new ArrayList<>(query.orderByTaskCreateTime().asc().listPage(0, 5000));
  }

  private String convenio(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  private void drenar() throws InterruptedException {
    if (!Tiempo.drenar(engine, executor, 600_000)) {
      throw new IllegalStateException("El job executor no terminó en 10 minutos");
    }
  }

  private static Date fecha(String dia) {
    SemillaLaSerena.el(dia);
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
  }
}
