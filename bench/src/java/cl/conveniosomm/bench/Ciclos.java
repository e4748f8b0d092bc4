package cl.conveniosomm.bench;

import cl.conveniosomm.convenio.TerminoConvenio;
import cl.conveniosomm.convenio.catalogo.Comuna;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.support.Pdf;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/** Figure 1: whole convenio lifecycles per second, app against the bare engine. */
final class Ciclos {

  private Ciclos() {
  }

  /** The app's side: its documents and término service, and every task worked by a person of its comuna. */
  static Vida.Lado app(ApplicationContext contexto, Personal personal) {
    DocumentoService documentos = contexto.getBean(DocumentoService.class);
    TerminoConvenio termino = contexto.getBean(TerminoConvenio.class);
    // a person uploads a PDF she already has: making it is not the app's work, so each is made once
    Map<String, byte[]> pdfs = new java.util.concurrent.ConcurrentHashMap<>();
    return new Vida.Lado() {
      @Override
      public void documento(String convenio, String tipo, String referencia) {
        byte[] pdf = pdfs.computeIfAbsent(tipo + " " + referencia, Pdf::de);
        documentos.guardar(convenio, TipoDocumento.valueOf(tipo), referencia, tipo.toLowerCase() + ".pdf", pdf, "omm");
      }

      @Override
      public void terminar(String convenio, String dia) {
        termino.terminar(convenio, dia, "Acuerdo de las partes", "sernameg", List.of("sernameg"));
      }

      @Override
      public void comoPersona(org.camunda.bpm.engine.task.Task task, java.util.function.Consumer<String> trabajo) {
        personal.comoPersona(task, trabajo);
      }
    };
  }

  static Vida.Lado base(ProcessEngine engine) {
    return new Vida.Lado() {
      @Override
      public void documento(String convenio, String tipo, String referencia) {
        // the bare engine has no documents
      }

      @Override
      public void terminar(String convenio, String dia) {
        engine.getRuntimeService().createMessageCorrelation("termino-convenio").processInstanceBusinessKey(convenio)
            .setVariables(Map.of("terminoFecha", dia, "terminoMotivo", "Acuerdo de las partes", "terminadoPor", "sernameg"))
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
    };
  }

  /**
   * Runs {@code n} lifecycles on each side, alternating one and one so that the load of other
   * processes on the machine falls on both alike; returns lifecycles per second {app, base} and
   * the driving thread's CPU milliseconds per lifecycle {app, base}.
   */
  static double[] alternar(ProcessEngine app, Vida.Lado ladoApp, ProcessEngine base, Vida.Lado ladoBase,
      List<Comuna> comunas, int desde, int n, String sufijo) {
    Vida vidaApp = new Vida(app, ladoApp);
    Vida vidaBase = new Vida(base, ladoBase);
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long tApp = 0;
    long tBase = 0;
    long cpuApp = 0;
    long cpuBase = 0;
    for (int i = desde; i < desde + n; i++) {
      Comuna c = comunas.get(i % comunas.size());
      long t = System.nanoTime();
      long u = cpu.getCurrentThreadCpuTime();
      vidaBase.vivir(c.codigo() + "-" + sufijo, Vida.registro(c.codigo(), c.nombre(), c.regionNombre()));
      cpuBase += cpu.getCurrentThreadCpuTime() - u;
      tBase += System.nanoTime() - t;
      t = System.nanoTime();
      u = cpu.getCurrentThreadCpuTime();
      vidaApp.vivir(c.codigo() + "-" + sufijo, Vida.registro(c.codigo(), c.nombre(), c.regionNombre()));
      cpuApp += cpu.getCurrentThreadCpuTime() - u;
      tApp += System.nanoTime() - t;
    }
    ClockUtil.reset();
    return new double[] {n / (tApp / 1e9), n / (tBase / 1e9), cpuApp / 1e6 / n, cpuBase / 1e6 / n};
  }

  /** Runs {@code n} lifecycles over the comunas from {@code desde}; returns lifecycles per second. */
  static double medir(ProcessEngine engine, Vida.Lado lado, List<Comuna> comunas, int desde, int n, String sufijo) {
    Vida vida = new Vida(engine, lado);
    long inicio = System.nanoTime();
    for (int i = desde; i < desde + n; i++) {
      Comuna c = comunas.get(i % comunas.size());
      vida.vivir(c.codigo() + "-" + sufijo, Vida.registro(c.codigo(), c.nombre(), c.regionNombre()));
    }
    double segundos = (System.nanoTime() - inicio) / 1e9;
    ClockUtil.reset();
    return n / segundos;
  }
}
