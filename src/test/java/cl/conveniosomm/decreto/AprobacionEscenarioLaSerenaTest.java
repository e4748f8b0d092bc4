package cl.conveniosomm.decreto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cl.conveniosomm.convenio.ConvenioRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.SemillaLaSerena;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed, replayed: La Serena's convenio signed on 19 December 2016 and approved by Decreto N°
 * 378 of 16 March 2017, each step on the day the seed's VISTOS date it. The convenio is registered
 * in the main process, which calls the approval. Its decreto is compared with the real one in
 * {@code DecretoComoElDeLaSerenaTest}.
 */
class AprobacionEscenarioLaSerenaTest extends DemoApplicationTest {

  private static final String CONVENIO = "04101-2016-12-19";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AntecedenteService antecedentes;
  @Autowired DecretoRepository decretos;
  @Autowired DocumentoService documentos;
  @Autowired ConvenioRepository convenios;

  /** The seed is walked once per database: both tests read what it recorded. */
  @BeforeEach
  void semilla() {
    SemillaLaSerena.asegurar(processEngine, documentos, CONVENIO);
  }

  @Test
  void theSeedsNineAntecedentesAndDecreto378AreRecorded() {
    String convenio =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(Procesos.CONVENIO_OMM)
            .processInstanceBusinessKey(CONVENIO)
            .singleResult()
            .getId();

    assertThat(antecedentes.deConvenio(CONVENIO))
        .extracting(Antecedente::tipo, Antecedente::numero, Antecedente::fecha, Antecedente::unidad)
        .containsExactlyInAnyOrder(
            tuple(TipoAntecedente.ORD, "4309", LocalDate.of(2016, 10, 4), UnidadEmisora.DIDECO),
            tuple(TipoAntecedente.ORD, "627", LocalDate.of(2016, 11, 21), UnidadEmisora.SERNAMEG),
            tuple(TipoAntecedente.CONVENIO, null, LocalDate.of(2016, 12, 19), UnidadEmisora.PARTES),
            tuple(
                TipoAntecedente.ORD,
                "05-749",
                LocalDate.of(2016, 12, 26),
                UnidadEmisora.ASESORIA_JURIDICA),
            tuple(
                TipoAntecedente.ORD,
                "05-102",
                LocalDate.of(2017, 2, 8),
                UnidadEmisora.ASESORIA_JURIDICA),
            tuple(TipoAntecedente.CERTIFICADO, null, LocalDate.of(2017, 2, 17), UnidadEmisora.DAF),
            tuple(TipoAntecedente.ORD, "07/490", LocalDate.of(2017, 2, 17), UnidadEmisora.DIDECO),
            tuple(
                TipoAntecedente.RESOLUCION_EXENTA,
                "108/IV",
                LocalDate.of(2017, 3, 6),
                UnidadEmisora.SERNAMEG),
            tuple(TipoAntecedente.MEMO, "07/690", LocalDate.of(2017, 3, 14), UnidadEmisora.DIDECO),
            tuple(
                TipoAntecedente.DECRETO, "378", LocalDate.of(2017, 3, 16), UnidadEmisora.ALCALDIA));
    assertThat(decretos.findByConvenio(CONVENIO))
        .contains(new Decreto(CONVENIO, "04101", "378", LocalDate.of(2017, 3, 16), true));
    assertThat(convenios.estado(CONVENIO)).contains("VIGENTE");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(convenio)
                .activityIdIn("Timer_FinSemestre")
                .count())
        .as("in force, waiting for its first semester to end")
        .isEqualTo(1);
  }
}
