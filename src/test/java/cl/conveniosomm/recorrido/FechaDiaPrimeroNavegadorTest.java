package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.decreto.AntecedenteRepository;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.support.TareasDeConvenio;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A date typed in Tasklist the Chilean way, {@code 04/11/2016}, in headless Chromium: an impossible
 * one and one against the convenio's chronology are refused in Spanish, and the good one is stored
 * as 4 November.
 */
@Tag("navegador")
class FechaDiaPrimeroNavegadorTest extends DemoApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired DocumentoService documentos;
  @Autowired AntecedenteRepository antecedentes;

  @Test
  void aDateTypedDayFirstInTasklistIsStoredAsTheDayItNames() {
    Map<String, Object> registro = Registro.otraComuna();
    registro.put("fechaSuscripcion", "2016-11-01");
    String convenio =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro)
            .getBusinessKey();
    Pdf.convenioFirmadoEn(documentos, convenio);

    como(
        "dideco",
        navegador -> {
          TareaEnTasklist tarea =
              TareaEnTasklist.abrir(navegador, tarea(convenio, "Task_SolicitarRevision"))
                  .reclamar()
                  .texto("didecoOrdNumero", "4309")
                  .texto("didecoOrdFecha", "31/02/2016");
          tarea.completar();
          assertThat(tarea.avisos("no es una fecha del calendario"))
              .contains(
                  "«31/02/2016» no es una fecha del calendario: el día 31 del mes 2 de 2016 no existe.");
          tarea.texto("didecoOrdFecha", "04/11/2016").captura("fecha-dia-primero-dideco");
          tarea.completar();
          navegador.esperar(d -> abierta(convenio, "Task_RevisarConvenio") ? true : null);
        });
    assertThat(fecha(convenio, "Task_SolicitarRevision")).isEqualTo(LocalDate.of(2016, 11, 4));

    como(
        "juridica",
        navegador -> {
          TareaEnTasklist tarea =
              TareaEnTasklist.abrir(navegador, tarea(convenio, "Task_RevisarConvenio"))
                  .reclamar()
                  .texto("juridicaOrdNumero", "05-102")
                  .texto("juridicaOrdFecha", "03/11/2016")
                  .opcion("revisionJuridica", 0);
          tarea.completar();
          assertThat(tarea.avisos("que lo precede"))
              .contains(
                  "La fecha del Ord. (03-11-2016) es anterior a la del Ord. "
                      + "de Dirección de Desarrollo Comunitario N° 4309 (04-11-2016), que lo precede.");
          assertThat(abierta(convenio, "Task_RevisarConvenio")).as("nothing moved").isTrue();
        });
  }

  private LocalDate fecha(String convenio, String paso) {
    return antecedentes.findByConvenio(convenio).stream()
        .filter(antecedente -> antecedente.paso().equals(paso))
        .findFirst()
        .orElseThrow()
        .fecha();
  }

  private void como(String usuario, Consumer<Navegador> pasos) {
    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, "es-CL,es")) {
      navegador.iniciarSesion("tasklist", usuario, "demo");
      pasos.accept(navegador);
    }
  }

  private boolean abierta(String convenio, String definicion) {
    return TareasDeConvenio.abierta(engine, convenio, definicion);
  }

  private String tarea(String convenio, String definicion) {
    return TareasDeConvenio.id(engine, convenio, definicion);
  }
}
