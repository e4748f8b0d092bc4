package cl.conveniosomm.bench;

import cl.conveniosomm.ConveniosOmmApplication;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The whole application in this JVM, as it runs in production but on the demo profile's users:
 * PostgreSQL, SMTP to the GreenMail of another process, its outbox sender on, Camunda webapps and
 * REST on a random port, its own application.yaml (job executor included). The job executor is
 * started by the figures that need it.
 */
final class AplicacionBench {

  private AplicacionBench() {}

  static ConfigurableApplicationContext iniciar(String url, int smtpPort) {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", url);
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "postgres");
    p.put("omm.mail.transport", "smtp");
    p.put("spring.mail.host", "127.0.0.1");
    p.put("spring.mail.port", smtpPort);
    p.put("spring.mail.properties.mail.smtp.starttls.enable", "false");
    p.put("omm.public-url", "http://localhost:8080");
    // the outbox sender on, as in production: every omm.mail.intervalo it delivers what is due
    p.put("omm.mail.envio-activo", "true");
    p.put("omm.demo.convenios", "false");
    p.put("server.port", "0");
    p.put("server.shutdown", "immediate");
    // logging as it ships (INFO), and the same pool and job executor settings as the baseline
    p.putAll(Ajustes.aplicacion());
    p.put("spring.main.banner-mode", "off");
    // command-line arguments: above application-demo.yaml, which names its own database
    // -Dbench.app.args="--a=b --c=d" tries a setting without editing application.yaml
    String[] args =
        java.util.stream.Stream.concat(
                p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
                java.util.Arrays.stream(System.getProperty("bench.app.args", "").split("\\s+"))
                    .filter(a -> !a.isBlank()))
            .toArray(String[]::new);
    return new SpringApplicationBuilder(ConveniosOmmApplication.class)
        .profiles("demo")
        .initializers(
            contexto ->
                contexto
                    .getBeanFactory()
                    .registerSingleton("sinFixturesDePrueba", new SinFixturesDePrueba()))
        .run(args);
  }

  /**
   * The bench runs on the test classpath (it uses test helpers), so component scanning would also
   * find the tests' fixtures: {@code TenantsDePrueba} onboards La Serena's demo staff into 135 more
   * comunas (the regions the tests register in), which made figure 4's {@code omm} a member of 136
   * tenants. The app under the bench has only its own components, as in production.
   */
  static final class SinFixturesDePrueba extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader lector, MetadataReaderFactory fabrica) {
      return lector.getClassMetadata().getClassName().startsWith("cl.conveniosomm.support.");
    }

    @Override
    public boolean equals(Object otro) {
      return otro instanceof SinFixturesDePrueba;
    }

    @Override
    public int hashCode() {
      return SinFixturesDePrueba.class.hashCode();
    }
  }

  static JobExecutor jobExecutor(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
  }
}
