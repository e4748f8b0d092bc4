package cl.conveniosomm.decreto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed, replayed: La Serena's convenio signed on 19 December 2016 and approved by Decreto
 * N° 378 of 16 March 2017, each step on the day the seed's VISTOS date it. The convenio is registered
 * in the main process, which calls the approval.
 */
class AprobacionEscenarioLaSerenaTest extends DemoApplicationTest {

  private static final String CONVENIO = "04101-2016-12-19";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AntecedenteService antecedentes;
  @Autowired DecretoRepository decretos;
  @Autowired DocumentoService documentos;
  @Autowired ConvenioRepository convenios;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theSeedsNineAntecedentesAndDecreto378AreRecorded() {
    el("2016-12-20");
    ProcessInstance convenio = runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, CONVENIO,
        Registro.laSerena());

    documentos.guardar(CONVENIO, TipoDocumento.CONVENIO_FIRMADO, "convenio.pdf", Pdf.de("convenio"), "dideco");
    completar("Task_SolicitarRevision", "2016-12-20", Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "2016-10-04"));
    completar("Task_RevisarConvenio", "2016-12-26", Map.of("juridicaOrdNumero", "05-749", "juridicaOrdFecha", "2016-12-26",
        "revisionJuridica", "OBSERVACIONES", "juridicaObservaciones", "Observaciones al convenio"));
    completar("Task_ResponderObservaciones", "2017-01-10", Map.of("respuestaOrdMateria", "Se acogen las observaciones"));
    completar("Task_RevisarConvenio", "2017-02-08", Map.of("juridicaOrdNumero", "05-102", "juridicaOrdFecha", "2017-02-08",
        "revisionJuridica", "CONFORME"));
    completar("Task_EmitirCertificadoDaf", "2017-02-17", Map.of("dafCertificadoFecha", "2017-02-17"));
    completar("Task_RemitirAntecedentes", "2017-02-17", Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "2017-02-17"));
    completar("Task_EmitirResolucion", "2017-03-06", Map.of("resolucionNumero", "108/IV", "resolucionFecha", "2017-03-06"));
    completar("Task_SolicitarDecreto", "2017-03-14", Map.of("memoDecretoNumero", "07/690", "memoDecretoFecha", "2017-03-14"));
    completar("Task_PrepararBorradorDecreto", "2017-03-15", Map.of("borradorRevisado", true));
    completar("Task_FirmarDecreto", "2017-03-16", Map.of("firmaAlcalde", "FIRMADO"));
    documentos.guardar(CONVENIO, TipoDocumento.DECRETO_FIRMADO, "decreto-378.pdf", Pdf.de("decreto"), "secretaria");
    completar("Task_NumerarDecreto", "2017-03-16", Map.of("decretoNumero", "378", "decretoFecha", "2017-03-16"));
    String aprobacion = runtimeService.createProcessInstanceQuery().processDefinitionKey("aprobacion-convenio")
        .processInstanceBusinessKey(CONVENIO).singleResult().getId();
    managementService.createJobQuery().processInstanceId(aprobacion).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    assertThat(antecedentes.deConvenio(CONVENIO))
        .extracting(Antecedente::tipo, Antecedente::numero, Antecedente::fecha, Antecedente::unidad)
        .containsExactlyInAnyOrder(
            tuple(TipoAntecedente.ORD, "4309", LocalDate.of(2016, 10, 4), UnidadEmisora.DIDECO),
            tuple(TipoAntecedente.ORD, "627", LocalDate.of(2016, 11, 21), UnidadEmisora.SERNAMEG),
            tuple(TipoAntecedente.CONVENIO, null, LocalDate.of(2016, 12, 19), UnidadEmisora.PARTES),
            tuple(TipoAntecedente.ORD, "05-749", LocalDate.of(2016, 12, 26), UnidadEmisora.ASESORIA_JURIDICA),
            tuple(TipoAntecedente.ORD, "05-102", LocalDate.of(2017, 2, 8), UnidadEmisora.ASESORIA_JURIDICA),
            tuple(TipoAntecedente.CERTIFICADO, null, LocalDate.of(2017, 2, 17), UnidadEmisora.DAF),
            tuple(TipoAntecedente.ORD, "07/490", LocalDate.of(2017, 2, 17), UnidadEmisora.DIDECO),
            tuple(TipoAntecedente.RESOLUCION_EXENTA, "108/IV", LocalDate.of(2017, 3, 6), UnidadEmisora.SERNAMEG),
            tuple(TipoAntecedente.MEMO, "07/690", LocalDate.of(2017, 3, 14), UnidadEmisora.DIDECO),
            tuple(TipoAntecedente.DECRETO, "378", LocalDate.of(2017, 3, 16), UnidadEmisora.ALCALDIA));
    assertThat(decretos.findByConvenio(CONVENIO)).contains(
        new Decreto(CONVENIO, "04101", "378", LocalDate.of(2017, 3, 16), true));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(convenio.getId()).count()).isZero();
    assertThat(convenios.estado(CONVENIO)).contains("VIGENTE");
  }

  private void completar(String tarea, String dia, Map<String, Object> variables) {
    el(dia);
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(CONVENIO).taskDefinitionKey(tarea)
        .singleResult().getId();
    taskService.complete(taskId, variables);
  }

  private static void el(String dia) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(dia).atTime(12, 0).atZone(ZoneId.of("America/Santiago")).toInstant()));
  }
}
