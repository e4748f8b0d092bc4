package cl.conveniosomm.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.Map;
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
    Map<String, Object> registro = Registro.laSerena();
    registro.put("contraparteEmail", "esto no es un correo");

    runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, "04101-logs", registro);

    assertThat(output.getOut()).containsPattern("WARN \\[convenio=04101-logs\\].*esto no es un correo");
  }
}
