package cl.conveniosomm.bench;

import cl.conveniosomm.municipio.TenantPorComunaPlugin;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The baseline: a bare Camunda 7.24 engine (no Spring, no plugins, no listeners, no app tables) on
 * its own database of the same PostgreSQL server, running the app's models reduced to their shape.
 */
final class MotorBase {

  /** The app's four convenio models, as they are in processes/, minus what needs the app. */
  static final List<String> MODELOS =
      List.of("convenio-omm", "aprobacion-convenio", "ciclo-gestion", "informe-convenio");

  private MotorBase() {}

  /**
   * Rewrites the app's models into bench/models: the same elements, flows, gateways, call
   * activities, timers, async continuations, boundary events and user tasks; listeners removed;
   * delegates become no-op expressions (opening a report starts its instance with the variables the
   * app's delegate passes, {@link AbrirInformeBase}); timers and due dates become constants; no
   * forms.
   */
  static List<Path> escribirModelos(Path procesos, Path destino) throws Exception {
    Files.createDirectories(destino);
    var escritos = new java.util.ArrayList<Path>();
    for (String modelo : MODELOS) {
      String xml = Files.readString(procesos.resolve(modelo + ".bpmn"), StandardCharsets.UTF_8);
      xml =
          xml.replaceAll("(?s)<camunda:executionListener[^>]*/>", "")
              .replaceAll("(?s)<camunda:taskListener[^>]*/>", "")
              .replaceAll("\\s*camunda:formRef=\"[^\"]*\"", "")
              .replaceAll("\\s*camunda:formRefBinding=\"[^\"]*\"", "")
              .replaceAll("camunda:dueDate=\"[^\"]*\"", "camunda:dueDate=\"\\${vence}\"")
              // the Informe Final's due date, as the semestral ones, is «vence» in the baseline
              .replace(
                  "<camunda:in source=\"venceInforme\" target=\"venceInforme\" />",
                  "<camunda:in source=\"vence\" target=\"vence\" />")
              // the approval's, which it receives with the registration
              .replace(
                  "<camunda:in source=\"encargadaOmmEmail\" target=\"encargadaOmmEmail\" />",
                  "<camunda:in source=\"encargadaOmmEmail\" target=\"encargadaOmmEmail\" />\n        <camunda:in source=\"vence\" target=\"vence\" />")
              // and so are the ciclo's, which the ciclo receives as the plan's
              .replace(
                  "<camunda:in source=\"vencePlan\" target=\"vencePlan\" />",
                  "<camunda:in source=\"vencePlan\" target=\"vencePlan\" />\n          <camunda:in source=\"vence\" target=\"vence\" />")
              .replace(
                  "camunda:delegateExpression=\"${abrirInforme}\"",
                  "camunda:delegateExpression=\"${abrirInformeBase}\"")
              .replaceAll(
                  "camunda:delegateExpression=\"\\$\\{(?!abrirInformeBase)[^\"]*\"",
                  "camunda:expression=\"\\${null}\"")
              .replace(
                  "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${inicioCiclo}</bpmn:timeDate>",
                  "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P1Y</bpmn:timeDuration>")
              .replace(
                  "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${finSemestre}</bpmn:timeDate>",
                  "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P6M</bpmn:timeDuration>");
      if (xml.contains("Listener")
          || xml.replace("camunda:delegateExpression=\"${abrirInformeBase}\"", "")
              .contains("delegateExpression")
          || xml.contains("${inicioCiclo}")
          || xml.contains("${finSemestre}")) {
        throw new IllegalStateException(
            "El modelo base " + modelo + " todavía depende de la aplicación");
      }
      Path archivo = destino.resolve(modelo + ".bpmn");
      Files.writeString(archivo, xml, StandardCharsets.UTF_8);
      escritos.add(archivo);
    }
    return escritos;
  }

  /**
   * A job-less (until started) bare engine on {@code url}, with the baseline models and any extra
   * ones deployed, and these delegates (besides the report opener) among its configuration beans.
   */
  static ProcessEngine iniciar(String url, List<Path> modelos, Map<String, Object> delegados)
      throws Exception {
    return iniciar("baseline", url, modelos, delegados, false);
  }

  /**
   * The same bare engine with the engine's own security on, and nothing else: authorization checks,
   * the grants the engine writes for each task's candidates and assignee, and each instance in its
   * comuna's tenant (the app's {@link TenantPorComunaPlugin} as the engine's tenant provider: a
   * pure rule, the instance's comuna or its caller's tenant). What it costs over {@link #iniciar}
   * is the floor any app pays to let people work only their own comuna's tasks.
   */
  static ProcessEngine iniciarSegura(String url, List<Path> modelos) throws Exception {
    return iniciar("baseline-segura", url, modelos, Map.of(), true);
  }

  private static ProcessEngine iniciar(
      String nombre,
      String url,
      List<Path> modelos,
      Map<String, Object> delegados,
      boolean seguridad)
      throws Exception {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    hikari.setUsername("postgres");
    hikari.setPassword("postgres");
    hikari.setMaximumPoolSize(Ajustes.POOL);
    DataSource dataSource = new HikariDataSource(hikari);
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(nombre);
    cfg.setAuthorizationEnabled(seguridad);
    if (seguridad) {
      cfg.setTenantIdProvider(new TenantPorComunaPlugin());
    }
    cfg.setDataSource(dataSource);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    cfg.setJavaSerializationFormatEnabled(false);
    cfg.setJobExecutor(Ajustes.ejecutorBase());
    Map<Object, Object> beans = new java.util.HashMap<>(delegados);
    beans.put("abrirInformeBase", new AbrirInformeBase());
    cfg.setBeans(beans);
    ProcessEngine engine = cfg.buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(nombre);
    for (Path modelo : modelos) {
      deployment.addString(
          modelo.getFileName().toString(), Files.readString(modelo, StandardCharsets.UTF_8));
    }
    deployment.deploy();
    return engine;
  }
}
