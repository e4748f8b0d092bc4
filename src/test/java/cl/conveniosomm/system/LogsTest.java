package cl.conveniosomm.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the app logs while the engine works on a convenio names the convenio. */
@ExtendWith(OutputCaptureExtension.class)
class LogsTest extends DemoApplicationTest {

  @Autowired RuntimeService runtimeService;

  @Test
  void logLinesWrittenDuringAConveniosStepCarryItsBusinessKey(CapturedOutput output) {
    runtimeService.startProcessInstanceByKey(
        Procesos.CONVENIO_OMM, "04101-logs", Registro.otraComuna());

    assertThat(output.getOut())
        .containsPattern("INFO \\[convenio=04101-logs\\].*Plazo abierto: Solicitar revisión");
  }
}
