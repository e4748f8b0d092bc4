package cl.conveniosomm.bench;

import cl.conveniosomm.convenio.TerminoConvenio;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.support.Pdf;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/** Figure 1: whole convenio lifecycles per second, app against the bare engine. */
final class Ciclos {

  private Ciclos() {}

  /**
   * The app's side: its documents and término service, and every task worked by a person of its
   * comuna.
   */
  static Vida.Lado app(ApplicationContext contexto, Personal personal) {
    DocumentoService documentos = contexto.getBean(DocumentoService.class);
    TerminoConvenio termino = contexto.getBean(TerminoConvenio.class);
    // a person uploads a PDF she already has: making it is not the app's work, so each is made once
    Map<String, byte[]> pdfs = new java.util.concurrent.ConcurrentHashMap<>();
    return new Vida.Lado() {
      @Override
      public void documento(String convenio, String tipo, String referencia) {
        byte[] pdf = pdfs.computeIfAbsent(tipo + " " + referencia, Pdf::de);
        documentos.guardar(
            convenio,
            TipoDocumento.valueOf(tipo),
            referencia,
            tipo.toLowerCase() + ".pdf",
            pdf,
            "omm");
      }

      @Override
      public void terminar(String convenio, String dia) {
        termino.terminar(convenio, dia, "Acuerdo de las partes", "sernameg", List.of("sernameg"));
      }

      @Override
      public void comoPersona(Task task, Consumer<String> trabajo) {
        personal.comoPersona(task, trabajo);
      }
    };
  }

  static Vida.Lado base(ProcessEngine engine) {
    return new LadoBase(engine);
  }

  /**
   * The bare engine with its own security on: each task claimed and submitted by a person of its
   * candidate group, authenticated with that group and the task's tenant, as the app's people are.
   */
  static Vida.Lado baseSegura(ProcessEngine engine) {
    Map<String, String> grupoDeTarea = new java.util.concurrent.ConcurrentHashMap<>();
    return new LadoBase(engine) {
      @Override
      public void comoPersona(Task task, Consumer<String> trabajo) {
        String grupo =
            grupoDeTarea.computeIfAbsent(
                task.getTaskDefinitionKey(), clave -> Personal.grupoCandidato(engine, task));
        String usuario = grupo + "-" + task.getTenantId();
        engine
            .getIdentityService()
            .setAuthentication(usuario, List.of(grupo), List.of(task.getTenantId()));
        try {
          trabajo.accept(usuario);
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      }
    };
  }

  /**
   * The bare engine's side: no documents, término by message, the app's computed variables as
   * constants.
   */
  private static class LadoBase implements Vida.Lado {
    private final ProcessEngine engine;

    LadoBase(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    public void documento(String convenio, String tipo, String referencia) {
      // the bare engine has no documents
    }

    @Override
    public void terminar(String convenio, String dia) {
      engine
          .getRuntimeService()
          .createMessageCorrelation("termino-convenio")
          .processInstanceBusinessKey(convenio)
          .setVariables(
              Map.of(
                  "terminoFecha",
                  dia,
                  "terminoMotivo",
                  "Acuerdo de las partes",
                  "terminadoPor",
                  "sernameg"))
          .correlate();
    }

    @Override
    public Map<String, Object> extra() {
      // what the app's delegates compute, as constants
      Map<String, Object> v = new HashMap<>();
      v.put("requiereDiagnostico", true);
      v.put("periodoCodigo", "2017-1");
      v.put("periodoNombre", "1er semestre 2017");
      v.put("vence", new Date(ClockUtil.getCurrentTime().getTime() + 14L * 24 * 3600 * 1000));
      return v;
    }
  }

  /**
   * Runs {@code n} lifecycles on each side, alternating one by one (each round starting with the
   * next side) so that the load of other processes on the machine falls on every side alike;
   * returns, per side, lifecycles per second and the driving thread's CPU milliseconds per
   * lifecycle.
   */
  static Medida[] alternar(
      List<Vida> lados, List<Comuna> comunas, int desde, int n, String sufijo) {
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] tiempo = new long[lados.size()];
    long[] cpus = new long[lados.size()];
    for (int i = desde; i < desde + n; i++) {
      Comuna c = comunas.get(i % comunas.size());
      // each lifecycle starts with another side, so none always runs first
      for (int k = 0; k < lados.size(); k++) {
        int l = (i + k) % lados.size();
        long t = System.nanoTime();
        long u = cpu.getCurrentThreadCpuTime();
        lados
            .get(l)
            .vivir(
                c.codigo() + "-" + sufijo, Vida.registro(c.codigo(), c.nombre(), c.regionNombre()));
        cpus[l] += cpu.getCurrentThreadCpuTime() - u;
        tiempo[l] += System.nanoTime() - t;
      }
    }
    ClockUtil.reset();
    Medida[] medidas = new Medida[lados.size()];
    for (int l = 0; l < lados.size(); l++) {
      medidas[l] = new Medida(n / (tiempo[l] / 1e9), cpus[l] / 1e6 / n);
    }
    return medidas;
  }

  /** One side's lifecycles per second and CPU milliseconds per lifecycle. */
  record Medida(double porSegundo, double cpuMs) {}
}
