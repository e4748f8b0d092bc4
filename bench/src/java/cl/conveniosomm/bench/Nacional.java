package cl.conveniosomm.bench;

import cl.conveniosomm.municipio.catalogo.Comuna;
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

  /**
   * People in 346 municipalities work at the same time: tasks are completed by this many threads.
   */
  private final java.util.concurrent.ExecutorService personas =
      java.util.concurrent.Executors.newFixedThreadPool(Integer.getInteger("bench.personas", 4));

  private Nacional(ProcessEngine engine, Vida.Lado lado, JobExecutor executor, String sufijo) {
    this.engine = engine;
    this.lado = lado;
    this.executor = executor;
    this.sufijo = sufijo;
  }

  /**
   * Runs base, app, app, base: the second run of each side on the next {@code bench.comunas}
   * comunas of the catalogue (the app refuses a second active convenio in a comuna, and the first
   * run's convenios stay in force), or the app once and the base once when the catalogue has not
   * enough comunas left.
   */
  static List<Figura> medir(
      ApplicationContext app,
      Personal personal,
      ProcessEngine motorApp,
      ProcessEngine base,
      List<Comuna> todas)
      throws Exception {
    int semestres = Integer.getInteger("bench.semestres", 2);
    int n = Math.min(todas.size(), Integer.getInteger("bench.comunas", 120));
    List<Comuna> primeras = todas.subList(0, n);
    List<Comuna> segundas = 2 * n <= todas.size() ? todas.subList(n, 2 * n) : List.of();
    List<Resultado> b = new ArrayList<>();
    List<Resultado> a = new ArrayList<>();
    b.add(correr("base", base, Ciclos.base(base), primeras, semestres, "n1"));
    a.add(correr("app", motorApp, Ciclos.app(app, personal), primeras, semestres, "n1"));
    if (!segundas.isEmpty()) {
      a.add(correr("app", motorApp, Ciclos.app(app, personal), segundas, semestres, "n2"));
      b.add(correr("base", base, Ciclos.base(base), segundas, semestres, "n2"));
    }
    Resultado ma = Resultado.media(a);
    Resultado mb = Resultado.media(b);
    double escala = (double) todas.size() / n;
    double a10 = ma.extrapolar(escala, 20);
    double b10 = mb.extrapolar(escala, 20);
    String corridas =
        segundas.isEmpty()
            ? "una corrida por lado (no quedan " + n + " comunas más para una segunda)"
            : "base, app, app, base alternados; la segunda corrida en las "
                + n
                + " comunas siguientes; media de las dos"
                + " corridas de cada lado";
    String nota =
        String.format(
            Locale.ROOT,
            "medido: %d convenios, registro y aprobación y %d semestres (ciclo anual, informes, recordatorios); %s;"
                + " tareas y jobs del historial (tareas terminadas, jobs exitosos); app: %s; base: %s; 2a extrapola"
                + " linealmente a %d comunas y 20 semestres (aprobación + 20 semestres, por comuna); la app trabaja"
                + " autenticada como una persona del grupo y la comuna de cada tarea, con el envío de correo activo",
            n,
            semestres,
            corridas,
            resumen(a),
            resumen(b),
            todas.size());
    return List.of(
        new Figura(
            "2a",
            "Escala nacional: " + todas.size() + " comunas, 10 años (extrapolado)",
            "s",
            a10,
            b10,
            "app < 300 s",
            a10 < 300,
            nota),
        new Figura(
            "2m",
            "Escala nacional: medido (" + n + " comunas, " + semestres + " semestres)",
            "s",
            ma.segundos,
            mb.segundos,
            "(informativo)",
            true,
            ""),
        new Figura(
            "2t",
            "Escala nacional: tareas por segundo (historial)",
            "tareas/s",
            ma.tareasPorSegundo(),
            mb.tareasPorSegundo(),
            "(informativo)",
            true,
            ""),
        new Figura(
            "2b",
            "Escala nacional: jobs por segundo (historial)",
            "jobs/s",
            ma.jobsPorSegundo(),
            mb.jobsPorSegundo(),
            "(informativo)",
            true,
            ""),
        new Figura(
            "2c",
            "Escala nacional: heap máximo usado (medido)",
            "MiB",
            ma.heapMiB,
            mb.heapMiB,
            "(informativo)",
            true,
            "muestreo cada 100 ms del heap usado de la JVM del bench (ambos lados comparten JVM)"));
  }

  private static Resultado correr(
      String nombre,
      ProcessEngine engine,
      Vida.Lado lado,
      List<Comuna> comunas,
      int semestres,
      String sufijo)
      throws Exception {
    Resultado r =
        new Nacional(engine, lado, AplicacionBench.jobExecutor(engine), sufijo)
            .vivir(comunas, semestres);
    Bench.log("figura 2 " + nombre + " (" + sufijo + "): " + r);
    return r;
  }

  private static String resumen(List<Resultado> corridas) {
    return corridas.stream()
        .map(Resultado::toString)
        .collect(java.util.stream.Collectors.joining(" | "));
  }

  record Resultado(
      double segundos,
      long tareas,
      long jobs,
      long fallidos,
      double heapMiB,
      double aprobacion,
      double porSemestre) {

    double extrapolar(double escala, int semestres) {
      return escala * (aprobacion + semestres * porSemestre);
    }

    double tareasPorSegundo() {
      return tareas / segundos;
    }

    double jobsPorSegundo() {
      return jobs / segundos;
    }

    /** The mean of a side's runs (sums of tasks and jobs over the sum of seconds for the rates). */
    static Resultado media(List<Resultado> rs) {
      int k = rs.size();
      return new Resultado(
          rs.stream().mapToDouble(Resultado::segundos).sum() / k,
          rs.stream().mapToLong(Resultado::tareas).sum() / k,
          rs.stream().mapToLong(Resultado::jobs).sum() / k,
          rs.stream().mapToLong(Resultado::fallidos).sum(),
          rs.stream().mapToDouble(Resultado::heapMiB).max().orElse(0),
          rs.stream().mapToDouble(Resultado::aprobacion).sum() / k,
          rs.stream().mapToDouble(Resultado::porSemestre).sum() / k);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.1f s (aprobación %.1f s, %.1f s por semestre), %d tareas (%.1f/s),"
              + " %d jobs (%.1f/s), %d fallidos, heap %.0f MiB",
          segundos,
          aprobacion,
          porSemestre,
          tareas,
          tareasPorSegundo(),
          jobs,
          jobsPorSegundo(),
          fallidos,
          heapMiB);
    }
  }

  private Resultado vivir(List<Comuna> comunas, int semestres) throws Exception {
    System.gc();
    AtomicLong heap = new AtomicLong();
    Thread muestreo =
        new Thread(
            () -> {
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
    long tareasAntes = tareasHechas();
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
    // the convenios stay in force with timers in the past of the next figures' clock: they sleep
    // from here
    for (String clave : List.of("convenio-omm", "ciclo-gestion", "informe-convenio")) {
      engine
          .getRuntimeService()
          .updateProcessInstanceSuspensionState()
          .byProcessDefinitionKey(clave)
          .suspend();
    }
    long fallidos = engine.getManagementService().createJobQuery().withException().count();
    return new Resultado(
        segundos,
        tareasHechas() - tareasAntes,
        jobsHechos() - jobsAntes,
        fallidos,
        heap.get() / 1048576.0,
        aprobacion,
        (segundos - aprobacion) / semestres);
  }

  private long tareasHechas() {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count();
  }

  private long jobsHechos() {
    return engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
  }

  /** Registration and approval of every convenio, step by step on the seed's days. */
  private void aprobar(List<Comuna> comunas) throws Exception {
    SemillaLaSerena.el("2016-12-20");
    for (Comuna c : comunas) {
      String convenio = c.codigo() + "-" + sufijo;
      Map<String, Object> variables =
          new HashMap<>(Vida.registro(c.codigo(), c.nombre(), c.regionNombre()));
      variables.putAll(lado.extra());
      engine.getRuntimeService().startProcessInstanceByKey("convenio-omm", convenio, variables);
      lado.documento(convenio, "CONVENIO_FIRMADO", "");
    }
    for (var paso : Vida.APROBACION.entrySet()) {
      Tiempo.mover(fecha(Vida.DIA.get(paso.getKey())), executor);
      drenar();
      enParalelo(
          abiertas(paso.getKey()),
          task -> {
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
    // active: the previous run's convenios sleep (suspended) with their timers
    Date fin =
        engine
            .getManagementService()
            .createJobQuery()
            .activityId("Timer_FinSemestre")
            .active()
            .orderByJobDuedate()
            .desc()
            .listPage(0, 1)
            .stream()
            .map(Job::getDuedate)
            .findFirst()
            .orElseThrow();
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
      lado.documento(
          convenio(task), "final".equals(periodo) ? "INFORME_FINAL" : "INFORME_SEMESTRAL", periodo);
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

  private void enParalelo(List<Task> lista, java.util.function.Consumer<Task> accion)
      throws Exception {
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
        Vida.trabajar(engine, lado, task, variables);
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
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId())
        .singleResult()
        .getBusinessKey();
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
