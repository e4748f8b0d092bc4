package cl.conveniosomm.bench;

import cl.conveniosomm.municipio.catalogo.Comuna;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figure 4: Tasklist's queries for a group member, with authorization and tenant checks on, over
 * 10,000 convenios' open tasks and 100,000 historic tasks. The rows are copies, made in SQL, of a
 * convenio's first task as the engine created it (task, candidate group link and the group's
 * authorization on it; the copies share its process instance), spread over the 346 comunas as
 * tenants and the seven groups. Baseline: the same query without authentication (no authorization,
 * no tenant check), as a bare engine runs it.
 */
final class Tasklist {

  static final List<String> GRUPOS =
      List.of(
          "omm",
          "sernameg",
          "dideco",
          "alcaldia",
          "asesoria-juridica",
          "secretaria-municipal",
          "daf");

  private Tasklist() {}

  static List<Figura> medir(
      ApplicationContext app, Personal personal, ProcessEngine engine, List<Comuna> comunas)
      throws Exception {
    int abiertas = Integer.getInteger("bench.tareas", 10_000);
    int historicas = Integer.getInteger("bench.historicas", 100_000);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    String tenants =
        "(ARRAY["
            + comunas.stream().map(c -> "'" + c.codigo() + "'").collect(Collectors.joining(","))
            + "])";
    String grupos =
        "(ARRAY[" + GRUPOS.stream().map(g -> "'" + g + "'").collect(Collectors.joining(",")) + "])";
    String tenant = tenants + "[1 + (g % " + comunas.size() + ")]";
    String grupo = grupos + "[1 + ((g / " + comunas.size() + ") % " + GRUPOS.size() + ")]";

    TaskService tasks = engine.getTaskService();
    // the template is a convenio's first task, as the engine creates it (with its candidate group's
    // authorization)
    Comuna ultima = comunas.get(comunas.size() - 1);
    cl.conveniosomm.support.SemillaLaSerena.el(java.time.LocalDate.now());
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "convenio-omm",
            "bench-plantilla",
            Vida.registro(ultima.codigo(), ultima.nombre(), ultima.regionNombre()))
        .getId();
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    Task plantilla =
        tasks.createTaskQuery().processInstanceBusinessKey("bench-plantilla").singleResult();
    String id = plantilla.getId();
    long t0 = System.nanoTime();
    long historicasAntes = engine.getHistoryService().createHistoricTaskInstanceQuery().count();
    long faltan = Math.max(0, historicas - historicasAntes);
    copiar(
        jdbc,
        "act_hi_taskinst",
        "id_ = '" + id + "'",
        faltan,
        Map.of(
            "id_",
            "'bench-h-' || g",
            "tenant_id_",
            tenant,
            "name_",
            "'Revisar informe (convenio ' || (g % 10000) || ')'",
            "start_time_",
            "now() - (g || ' minutes')::interval",
            "end_time_",
            "now() - (g || ' minutes')::interval + interval '3 days'",
            "duration_",
            "259200000",
            "delete_reason_",
            "'completed'",
            "task_state_",
            "'Completed'"));
    copiar(
        jdbc,
        "act_ru_task",
        "id_ = '" + id + "'",
        abiertas,
        Map.of(
            "id_",
            "'bench-t-' || g",
            "tenant_id_",
            tenant,
            "name_",
            "'Preparar y enviar informe (convenio ' || g || ')'",
            "due_date_",
            "now() + (((g % 60) - 20) || ' days')::interval",
            "create_time_",
            "now() - (g || ' minutes')::interval"));
    copiar(
        jdbc,
        "act_ru_identitylink",
        "task_id_ = '" + id + "' AND type_ = 'candidate'",
        abiertas,
        Map.of(
            "id_",
            "'bench-l-' || g",
            "task_id_",
            "'bench-t-' || g",
            "group_id_",
            grupo,
            "tenant_id_",
            tenant));
    // as the app grants it: a SERNAMEG task to its comuna's regional office
    // (TareasDeSernamegPorOficina)
    String concedido =
        "CASE WHEN "
            + grupo
            + " = 'sernameg' THEN 'sernameg-region-' || left("
            + tenant
            + ", 2) ELSE "
            + grupo
            + " END";
    copiar(
        jdbc,
        "act_ru_authorization",
        "resource_id_ = '" + id + "' AND group_id_ IS NOT NULL",
        abiertas,
        Map.of(
            "id_", "'bench-a-' || g", "resource_id_", "'bench-t-' || g", "group_id_", concedido));
    jdbc.execute("ANALYZE");
    asignarUnTercio(jdbc, personal);
    jdbc.execute("ANALYZE");
    Bench.log(
        String.format(
            Locale.ROOT,
            "figura 4: %d tareas abiertas, %d históricas (%d copiadas) en %.0f s",
            tasks.createTaskQuery().count(),
            engine.getHistoryService().createHistoricTaskInstanceQuery().count(),
            faltan,
            (System.nanoTime() - t0) / 1e9));

    // -Dbench.esperar=600: the data stays as it is for that many seconds, to try plans and indexes
    // in psql
    int esperar = Integer.getInteger("bench.esperar", 0);
    if (esperar > 0) {
      try (var conexion = jdbc.getDataSource().getConnection()) {
        Bench.log(
            "figura 4: datos listos en "
                + conexion.getMetaData().getURL()
                + ", esperando "
                + esperar
                + " s");
      }
      Thread.sleep(esperar * 1000L);
    }
    // the three filters the app shares (TasklistFilters), each with its baseline: the same query
    // unauthenticated, restricted to what the like-for-like user (4c) sees: the sernameg group's
    // tasks
    String metropolitana = personal.analistaRegional("13");
    Map<String, java.util.function.IntSupplier> filtros = new java.util.LinkedHashMap<>();
    filtros.put(
        "Tareas de mi grupo",
        () -> contar(tasks.createTaskQuery().taskCandidateGroupIn(List.of("sernameg"))));
    // «Mis tareas» has no group condition: its like-for-like pair is the Metropolitana's analyst,
    // who sees her own
    filtros.put("Mis tareas", () -> contar(tasks.createTaskQuery().taskAssignee(metropolitana)));
    filtros.put(
        "Vencidas o por vencer",
        () ->
            contar(
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupIn(List.of("sernameg"))
                    .dueBefore(
                        java.util.Date.from(
                            java.time.Instant.now().plus(java.time.Duration.ofDays(3))))));
    // real roles as Tasklist authenticates them: a municipal one (La Serena's OMM: her comuna's
    // tenant), the regional offices of Coquimbo (15 comunas) and of the Metropolitana (52), the
    // national one (346); 4a and 4b are the worst of them over the filters. 4c, like for like: the
    // national user also in the sernameg group and in every regional office, which the app grants
    // SERNAMEG's tasks to (no real user is), who sees what the baseline's query counts (the
    // sernameg tasks of all 346 comunas)
    List<String> todasLasOficinas = new ArrayList<>(List.of("nacional", "sernameg"));
    comunas.stream()
        .map(Comuna::regionCodigo)
        .distinct()
        .map(cl.conveniosomm.municipio.Municipios::grupoRegional)
        .forEach(todasLasOficinas::add);
    List<String[]> casos =
        List.of(
            new String[] {"omm"},
            new String[] {"sernameg"},
            new String[] {metropolitana},
            new String[] {"nacional"},
            todasLasOficinas.toArray(String[]::new));
    List<String> nota = new ArrayList<>();
    double[] peor = {0, 0};
    double[] sintetico = {0, 0};
    double[] base = {0, 0};
    String peorCaso = "";
    for (var f : filtros.entrySet()) {
      String filtro =
          engine
              .getFilterService()
              .createTaskFilterQuery()
              .filterName(f.getKey())
              .singleResult()
              .getId();
      for (String[] caso : casos) {
        var auth = personal.autenticacion(caso[0]);
        List<String> gruposDe = new ArrayList<>(auth.getGroupIds());
        Arrays.stream(caso).skip(1).forEach(gruposDe::add);
        List<String> tenantsDe = auth.getTenantIds();
        double[] p = percentiles(() -> filtro(engine, filtro, caso[0], gruposDe, tenantsDe));
        int visibles = filtro(engine, filtro, caso[0], gruposDe, tenantsDe);
        String linea =
            String.format(
                Locale.ROOT,
                "«%s» %s (grupos %s, %d tenants, %d tareas visibles): p50 %.1f ms,"
                    + " p95 %.1f ms",
                f.getKey(),
                caso[0],
                gruposDe,
                tenantsDe.size(),
                visibles,
                p[0],
                p[1]);
        Bench.log("figura 4: " + linea);
        nota.add(linea);
        double[] destino = caso.length > 1 ? sintetico : peor;
        if (caso.length == 1 && p[1] > peor[1]) {
          peorCaso = "«" + f.getKey() + "» " + caso[0];
        }
        destino[0] = Math.max(destino[0], p[0]);
        destino[1] = Math.max(destino[1], p[1]);
      }
      double[] b = percentiles(f.getValue());
      String linea =
          String.format(
              Locale.ROOT,
              "base «%s» sin autenticación (%d tareas): p50 %.1f ms, p95 %.1f ms",
              f.getKey(),
              f.getValue().getAsInt(),
              b[0],
              b[1]);
      Bench.log("figura 4: " + linea);
      nota.add(linea);
      base[0] = Math.max(base[0], b[0]);
      base[1] = Math.max(base[1], b[1]);
    }
    String texto =
        "los tres filtros de la app, primera página (15) y cuenta, chequeos de autorización y tenant;"
            + " peor caso real: "
            + peorCaso
            + "; "
            + String.join("; ", nota)
            + "; base: la consulta de cada filtro sin autenticación (sin chequeos), el peor de los tres";
    return List.of(
        new Figura(
            "4a",
            "Tasklist: p50 de primera página + cuenta (peor rol y filtro)",
            "ms",
            peor[0],
            base[0],
            "(informativo)",
            true,
            texto),
        new Figura(
            "4b",
            "Tasklist: p95 de primera página + cuenta (peor rol y filtro)",
            "ms",
            peor[1],
            base[1],
            "app p95 < 200 ms",
            peor[1] < 200,
            ""),
        new Figura(
            "4c",
            "Tasklist: p95 a igual cantidad de tareas que la base (nacional + sernameg + las 16 oficinas)",
            "ms",
            sintetico[1],
            base[1],
            "(informativo)",
            true,
            "usuario sintético (ningún usuario real tiene todos esos grupos):"
                + " ve las tareas del grupo sernameg de las 346 comunas, las que cuenta la base; p50 "
                + String.format(Locale.ROOT, "%.1f ms", sintetico[0])));
  }

  /**
   * A third of the copied tasks claimed, as in a working Tasklist: each by the person of its group
   * and comuna who works it, with the grant the engine gives an assignee; so «Mis tareas» has tasks
   * to find.
   */
  private static void asignarUnTercio(JdbcTemplate jdbc, Personal personal) {
    String quienes =
        personal.quienes().stream()
            .map(f -> "('" + f[0] + "','" + f[1] + "','" + f[2] + "')")
            .collect(Collectors.joining(","));
    jdbc.update(
        "UPDATE act_ru_task t SET assignee_ = p.usuario FROM act_ru_identitylink l, (VALUES "
            + quienes
            + ") p(tenant, grupo, usuario) WHERE t.id_ LIKE 'bench-t-%' AND substr(t.id_, 9)::int % 3 = 0"
            + " AND l.task_id_ = t.id_ AND l.type_ = 'candidate' AND p.tenant = t.tenant_id_ AND p.grupo = l.group_id_");
    List<String> columnas = columnas(jdbc, "act_ru_authorization");
    Map<String, String> cambios =
        Map.of("id_", "'bench-u-' || t.id_", "user_id_", "t.assignee_", "group_id_", "NULL");
    String select =
        columnas.stream()
            .map(c -> cambios.getOrDefault(c, "a." + c))
            .collect(Collectors.joining(", "));
    int concedidas =
        jdbc.update(
            "INSERT INTO act_ru_authorization ("
                + String.join(", ", columnas)
                + ") SELECT "
                + select
                + " FROM act_ru_task t JOIN act_ru_authorization a ON a.resource_id_ = t.id_ AND a.group_id_ IS NOT NULL"
                + " WHERE t.id_ LIKE 'bench-t-%' AND t.assignee_ IS NOT NULL");
    Bench.log("figura 4: " + concedidas + " tareas tomadas por quien las trabaja");
  }

  /** Copies a row {@code n} times; columns in {@code cambios} get an SQL expression of g (1..n). */
  static void copiar(
      JdbcTemplate jdbc, String tabla, String donde, long n, Map<String, String> cambios) {
    if (n <= 0) {
      return;
    }
    List<String> columnas = columnas(jdbc, tabla);
    String select =
        columnas.stream()
            .map(c -> cambios.getOrDefault(c, "t." + c))
            .collect(Collectors.joining(", "));
    int copiadas =
        jdbc.update(
            "INSERT INTO "
                + tabla
                + " ("
                + String.join(", ", columnas)
                + ") SELECT "
                + select
                + " FROM "
                + tabla
                + " t, generate_series(1, "
                + n
                + ") g WHERE t."
                + donde);
    if (copiadas != n) {
      throw new IllegalStateException(
          tabla + ": " + copiadas + " filas copiadas, se esperaban " + n);
    }
  }

  private static List<String> columnas(JdbcTemplate jdbc, String tabla) {
    return jdbc.queryForList(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
            + " ORDER BY ordinal_position",
        String.class,
        tabla);
  }

  private static int filtro(
      ProcessEngine engine,
      String filtro,
      String usuario,
      List<String> grupos,
      List<String> tenants) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(usuario, grupos, tenants);
    try {
      FilterService filters = engine.getFilterService();
      List<Task> pagina = filters.listPage(filtro, 0, 15);
      return (int) filters.count(filtro).longValue() + pagina.size() * 0;
    } finally {
      identity.clearAuthentication();
    }
  }

  /** A filter's baseline: its first page by due date and its count, unauthenticated. */
  private static int contar(org.camunda.bpm.engine.task.TaskQuery consulta) {
    consulta.orderByDueDate().asc().listPage(0, 15);
    return (int) consulta.count();
  }

  /** p50 and p95 in ms over 200 runs after 20 warm-up runs. */
  static double[] percentiles(java.util.function.IntSupplier consulta) {
    for (int i = 0; i < 20; i++) {
      consulta.getAsInt();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long t = System.nanoTime();
      consulta.getAsInt();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    double[] orden = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {orden[orden.length / 2], orden[(int) Math.ceil(orden.length * 0.95) - 1]};
  }

  static String arr(List<String> xs) {
    return Arrays.toString(xs.toArray());
  }
}
