package cl.conveniosomm.convenio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A registration the app starts itself, with nobody logged in, holds to the registration form as a
 * person's does: the form is the one source of each field's length, options and format.
 */
class RegistroSinPersonaTest extends DemoApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ConvenioRepository convenios;

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lugarSuscripcion | demasiado largo | no puede superar 120 caracteres",
        "tipoMecanismo | CONVENIO_MARCO | debe ser una de las opciones del formulario",
        "encargadaOmmEmail | omm@ | no es un correo válido",
        "contraparteNombre | <b>Contraparte</b> | no admite etiquetas HTML",
        "ordSernamegNumero | 627 bis | no tiene el formato del formulario",
        "directorDidecoNombre | '' | Falta «"
      })
  void aFieldTheFormWouldRefuseStartsNothing(String campo, String valor, String problema) {
    Map<String, Object> registro = Registro.otraComuna();
    String comuna = (String) registro.get("comunaCodigo");
    registro.put(campo, valor.equals("demasiado largo") ? "x".repeat(121) : valor);

    assertThatThrownBy(
            () -> runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(problema);
    assertThat(convenios.findActivos(comuna)).isEmpty();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Procesos.CONVENIO_OMM)
                .variableValueEquals("comunaCodigo", comuna)
                .count())
        .isZero();
  }
}
