package cl.conveniosomm.bench;

import cl.conveniosomm.support.SemillaLaSerena;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * One convenio's whole life driven through the Java API with the engine clock moved: registration,
 * approval (as La Serena's, legal review conforme at once), the first ciclo with its diagnóstico,
 * two semestral reports, término, Informe Final and cierre. The same steps and variables on the app
 * and on the baseline engine; only what the app needs around them (PDFs, its término service)
 * differs.
 */
final class Vida {

  /** What differs between the app and the bare engine. */
  interface Lado {
    void documento(String convenio, String tipo, String referencia);

    void terminar(String convenio, String dia);

    /** Start variables beyond the registration form's (the baseline's constants). */
    default Map<String, Object> extra() {
      return Map.of();
    }

    /**
     * Runs a person's work on a task, given her user id. The app authenticates as a person of the
     * task's candidate group and comuna ({@link Personal}); the bare engine has no authorization
     * and runs it unauthenticated.
     */
    default void comoPersona(Task task, Consumer<String> trabajo) {
      trabajo.accept("persona-base");
    }
  }

  /**
   * What Tasklist does with a task (its REST claim and submit-form), as the person the side names.
   */
  static void trabajar(ProcessEngine engine, Lado lado, Task task, Map<String, Object> variables) {
    lado.comoPersona(
        task,
        usuario -> {
          engine.getTaskService().claim(task.getId(), usuario);
          engine.getFormService().submitTaskForm(task.getId(), variables);
        });
  }

  static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

  static final Map<String, Map<String, Object>> APROBACION = new java.util.LinkedHashMap<>();
  static final Map<String, String> DIA = new HashMap<>();
  static final Map<String, Map<String, Object>> CICLO = new java.util.LinkedHashMap<>();

  static {
    paso(
        "Task_SolicitarRevision",
        "2016-12-20",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2016-10-04"));
    paso(
        "Task_RevisarConvenio",
        "2017-02-08",
        Map.of(
            "juridicaOrdNumero",
            "05-102",
            "juridicaOrdFecha",
            "2017-02-08",
            "revisionJuridica",
            "CONFORME"));
    paso("Task_EmitirCertificadoDaf", "2017-02-17", Map.of("dafCertificadoFecha", "2017-02-17"));
    paso(
        "Task_RemitirAntecedentes",
        "2017-02-17",
        Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "2017-02-17"));
    paso(
        "Task_EmitirResolucion",
        "2017-03-06",
        Map.of("resolucionNumero", "108/IV", "resolucionFecha", "2017-03-06"));
    paso(
        "Task_SolicitarDecreto",
        "2017-03-14",
        Map.of("memoDecretoNumero", "07/690", "memoDecretoFecha", "2017-03-14"));
    paso(
        "Task_PrepararBorradorDecreto",
        "2017-03-15",
        Map.of(
            "borradorRevisado",
            true,
            "secretarioFirmanteNombre",
            "Secretario Municipal",
            "secretarioFirmanteSexo",
            "M",
            "secretarioFirmanteCalidad",
            "TITULAR"));
    paso("Task_FirmarDecreto", "2017-03-16", Map.of("firmaAlcalde", "FIRMADO"));
    paso(
        "Task_NumerarDecreto",
        "2017-03-16",
        Map.of("decretoNumero", "378", "decretoFecha", "2017-03-16"));
    CICLO.put(
        "Task_PrepararDiagnostico",
        Map.of(
            "ibbAutonomiaFisica",
            "Violencia de género",
            "ibbAutonomiaEconomica",
            "Brecha salarial",
            "ibbAutonomiaPolitica",
            "Baja participación en el concejo",
            "diagnosticoParticipacion",
            "Tres diálogos ciudadanos, 120 mujeres"));
    CICLO.put("Task_RevisarDiagnostico", Map.of("revisionDiagnostico", "CONFORME"));
    CICLO.put(
        "Task_PrepararAgenda",
        Map.of("agendaObjetivos", "Autonomía económica", "agendaResponsables", "DIDECO"));
    CICLO.put("Task_RevisarAgenda", Map.of("revisionAgenda", "CONFORME"));
    CICLO.put("Task_AprobarAgenda", Map.of("aprobacionAgenda", "APROBADA"));
    CICLO.put(
        "Task_PrepararPlan",
        Map.of(
            "planActividades",
            "Escuela de líderes",
            "planPresupuesto",
            12_000_000,
            "actualizarDiagnostico",
            false));
    CICLO.put("Task_RevisarPlan", Map.of("revisionPlan", "CONFORME"));
    CICLO.put("Task_AprobarPlan", Map.of("aprobacionPlan", "APROBADO"));
  }

  /**
   * The variables of a step; the decreto's N° differs per series, as a municipality numbers its
   * decretos.
   */
  static Map<String, Object> variables(String tarea, Map<String, Object> variables, String serie) {
    if (!tarea.equals("Task_NumerarDecreto")) {
      return variables;
    }
    Map<String, Object> v = new HashMap<>(variables);
    v.put("decretoNumero", String.valueOf(100 + Math.abs(serie.hashCode() % 800)));
    return v;
  }

  private static void paso(String tarea, String dia, Map<String, Object> variables) {
    APROBACION.put(tarea, variables);
    DIA.put(tarea, dia);
  }

  private final ProcessEngine engine;
  private final TaskService tasks;
  private final ManagementService management;
  private final Lado lado;

  Vida(ProcessEngine engine, Lado lado) {
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.lado = lado;
  }

  /** The registration form's variables for a comuna. */
  static Map<String, Object> registro(String codigo, String nombre, String region) {
    Map<String, Object> v = new HashMap<>();
    v.put("comuna", nombre);
    v.put("comunaCodigo", codigo);
    v.put("region", region);
    v.put("fechaSuscripcion", "2016-12-19");
    v.put("lugarSuscripcion", nombre);
    v.put("tipoMecanismo", "OFICINA_MUNICIPAL");
    v.put("ordSernamegNumero", "627");
    v.put("ordSernamegFecha", "2016-11-21");
    v.put("contraparteNombre", "Contraparte técnica");
    v.put("contraparteEmail", "contraparte." + codigo + "@sernameg.bench");
    v.put("directorDidecoNombre", "Dirección DIDECO");
    v.put("directorDidecoEmail", "dideco." + codigo + "@municipio.bench");
    v.put("encargadaOmmNombre", "Encargada OMM");
    v.put("encargadaOmmEmail", "omm." + codigo + "@municipio.bench");
    v.put("sernamegFirmanteNombre", "Directora Regional");
    v.put("sernamegFirmanteSexo", "F");
    v.put("sernamegFirmanteCalidad", "TITULAR");
    v.put("municipioFirmanteNombre", "Alcalde Municipal");
    v.put("municipioFirmanteSexo", "M");
    v.put("municipioFirmanteCalidad", "TITULAR");
    return v;
  }

  /** The whole life of one convenio; returns the number of user tasks completed. */
  int vivir(String convenio, Map<String, Object> registro) {
    int completadas = 0;
    SemillaLaSerena.el("2016-12-20");
    Map<String, Object> variables = new HashMap<>(registro);
    variables.putAll(lado.extra());
    String principal =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("convenio-omm", convenio, variables)
            .getId();
    lado.documento(convenio, "CONVENIO_FIRMADO", "");
    for (var paso : APROBACION.entrySet()) {
      SemillaLaSerena.el(DIA.get(paso.getKey()));
      if (paso.getKey().equals("Task_NumerarDecreto")) {
        lado.documento(convenio, "DECRETO_FIRMADO", "");
      }
      completar(
          convenio, paso.getKey(), variables(paso.getKey(), paso.getValue(), serie(convenio)));
      completadas++;
    }
    mensajes();
    dispararTimer(principal, "Timer_InicioCiclo");
    for (var paso : CICLO.entrySet()) {
      completar(convenio, paso.getKey(), paso.getValue());
      completadas++;
    }
    for (int i = 0; i < 2; i++) {
      dispararTimer(principal, "Timer_FinSemestre");
      LocalDate abierto = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SANTIAGO);
      completadas += informe(convenio, "Task_PrepararInforme", abierto.plusDays(3));
    }
    LocalDate termino =
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SANTIAGO).plusDays(10);
    SemillaLaSerena.el(termino);
    lado.terminar(convenio, termino.toString());
    completadas += informe(convenio, "Task_PrepararInforme", termino.plusDays(5));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(principal).count()
        != 0) {
      throw new IllegalStateException("El convenio " + convenio + " no se cerró");
    }
    return completadas;
  }

  private static String serie(String convenio) {
    return convenio.substring(convenio.indexOf('-') + 1);
  }

  private int informe(String convenio, String tarea, LocalDate dia) {
    SemillaLaSerena.el(dia);
    Task preparar =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .taskDefinitionKey(tarea)
            .singleResult();
    String periodo = (String) tasks.getVariable(preparar.getId(), "periodoCodigo");
    lado.documento(
        convenio, "final".equals(periodo) ? "INFORME_FINAL" : "INFORME_SEMESTRAL", periodo);
    trabajar(engine, lado, preparar, Map.of("informeResumen", "Avance del período " + periodo));
    mensajes();
    completar(convenio, "Task_RevisarInforme", Map.of("revisionInforme", "APROBADO"));
    return 2;
  }

  private void completar(String convenio, String tarea, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .taskDefinitionKey(tarea)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No hay tarea " + tarea + " en " + convenio);
    }
    trabajar(engine, lado, task, variables);
  }

  /** Runs the async continuations now due (the decreto's distribution, a report's email). */
  private void mensajes() {
    for (List<Job> jobs = management.createJobQuery().messages().executable().list();
        !jobs.isEmpty();
        jobs = management.createJobQuery().messages().executable().list()) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private void dispararTimer(String principal, String actividad) {
    Job timer =
        management
            .createJobQuery()
            .processInstanceId(principal)
            .activityId(actividad)
            .singleResult();
    if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(timer.getDuedate());
    }
    management.executeJob(timer.getId());
  }
}
