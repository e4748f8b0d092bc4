package cl.conveniosomm.support;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.proceso.Procesos;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The seed's approval, replayed step by step on the days the decreto's VISTOS date them: registered
 * 20 Dec 2016, one round of legal observations, Decreto N° 378 of 16 March 2017.
 */
public final class SemillaLaSerena {

  private final ProcessEngine engine;
  private final DocumentoService documentos;
  private final String convenio;

  public SemillaLaSerena(ProcessEngine engine, DocumentoService documentos, String convenio) {
    this.engine = engine;
    this.documentos = documentos;
    this.convenio = convenio;
  }

  /**
   * La Serena's seed in this database, walked the first time a test asks for it (the tests that
   * read it share the database); the engine clock is the real one again afterwards.
   */
  public static void asegurar(ProcessEngine engine, DocumentoService documentos, String convenio) {
    boolean registrado =
        engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(convenio)
                    .count()
                > 0
            || engine
                    .getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(convenio)
                    .count()
                > 0;
    if (!registrado) {
      try {
        new SemillaLaSerena(engine, documentos, convenio).registrarYAprobar(Registro.laSerena());
      } finally {
        ClockUtil.reset();
      }
    }
  }

  /**
   * Registers the convenio and walks its approval to the Alcalde's «Firmar decreto»; returns the
   * main instance.
   */
  public ProcessInstance registrarHastaLaFirma(Map<String, Object> registro) {
    el("2016-12-20");
    ProcessInstance principal =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, convenio, registro);
    documentos.guardar(
        convenio, TipoDocumento.CONVENIO_FIRMADO, "convenio.pdf", Pdf.de("convenio"), "dideco");
    completar(
        "Task_SolicitarRevision",
        "2016-12-20",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2016-10-04"));
    completar(
        "Task_RevisarConvenio",
        "2016-12-26",
        Map.of(
            "juridicaOrdNumero",
            "05-749",
            "juridicaOrdFecha",
            "2016-12-26",
            "revisionJuridica",
            "OBSERVACIONES",
            "juridicaObservaciones",
            "Observaciones al convenio"));
    completar(
        "Task_ResponderObservaciones",
        "2017-01-10",
        Map.of("respuestaOrdMateria", "Se acogen las observaciones"));
    completar(
        "Task_RevisarConvenio",
        "2017-02-08",
        Map.of(
            "juridicaOrdNumero",
            "05-102",
            "juridicaOrdFecha",
            "2017-02-08",
            "revisionJuridica",
            "CONFORME"));
    completar(
        "Task_EmitirCertificadoDaf", "2017-02-17", Map.of("dafCertificadoFecha", "2017-02-17"));
    completar(
        "Task_RemitirAntecedentes",
        "2017-02-17",
        Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "2017-02-17"));
    completar(
        "Task_EmitirResolucion",
        "2017-03-06",
        Map.of("resolucionNumero", "108/IV", "resolucionFecha", "2017-03-06"));
    completar(
        "Task_SolicitarDecreto",
        "2017-03-14",
        Map.of("memoDecretoNumero", "07/690", "memoDecretoFecha", "2017-03-14"));
    completar("Task_PrepararBorradorDecreto", "2017-03-15", Registro.borrador());
    return principal;
  }

  /**
   * Registers the convenio and walks its approval to the distributed decreto; returns the main
   * instance.
   */
  public ProcessInstance registrarYAprobar(Map<String, Object> registro) {
    ProcessInstance principal = registrarHastaLaFirma(registro);
    completar("Task_FirmarDecreto", "2017-03-16", Map.of("firmaAlcalde", "FIRMADO"));
    documentos.guardar(
        convenio,
        TipoDocumento.DECRETO_FIRMADO,
        "decreto-378.pdf",
        Pdf.de("decreto"),
        "secretaria");
    completar(
        "Task_NumerarDecreto",
        "2017-03-16",
        Map.of("decretoNumero", "378", "decretoFecha", "2017-03-16"));
    String aprobacion =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("aprobacion-convenio")
            .processInstanceBusinessKey(convenio)
            .singleResult()
            .getId();
    engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(aprobacion)
        .messages()
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return principal;
  }

  public void completar(String tarea, String dia, Map<String, Object> variables) {
    el(dia);
    String taskId =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .taskDefinitionKey(tarea)
            .singleResult()
            .getId();
    engine.getTaskService().complete(taskId, variables);
  }

  public static void el(String dia) {
    el(LocalDate.parse(dia));
  }

  public static void el(LocalDate dia) {
    ClockUtil.setCurrentTime(
        Date.from(dia.atTime(12, 0).atZone(ZoneId.of("America/Santiago")).toInstant()));
  }
}
