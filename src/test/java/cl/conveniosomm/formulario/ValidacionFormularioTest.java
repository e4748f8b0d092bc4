package cl.conveniosomm.formulario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server holds each task to its form: what a form-filled Tasklist sends passes, the rest does
 * not.
 */
class ValidacionFormularioTest {

  private static final FormulariosDeTareas FORMULARIOS =
      new FormulariosDeTareas(new ObjectMapper());
  private static final ValidacionFormulario VALIDACION = new ValidacionFormulario(FORMULARIOS);

  static Stream<String> tareas() {
    return Stream.of(
        "Task_SolicitarRevision",
        "Task_RevisarConvenio",
        "Task_ResponderObservaciones",
        "Task_EmitirCertificadoDaf",
        "Task_RemitirAntecedentes",
        "Task_EmitirResolucion",
        "Task_SolicitarDecreto",
        "Task_PrepararBorradorDecreto",
        "Task_FirmarDecreto",
        "Task_NumerarDecreto",
        "Task_PrepararDiagnostico",
        "Task_RevisarDiagnostico",
        "Task_PrepararAgenda",
        "Task_RevisarAgenda",
        "Task_AprobarAgenda",
        "Task_PrepararPlan",
        "Task_RevisarPlan",
        "Task_AprobarPlan",
        "Task_PrepararInforme",
        "Task_RevisarInforme");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tareas")
  void everyTaskHasItsFormAndAFilledFormPasses(String tarea) {
    EsquemaFormulario esquema = FORMULARIOS.de(tarea).orElseThrow();
    Map<String, Object> llenado = new HashMap<>(FormularioLleno.de(esquema));

    assertThat(VALIDACION.problemas(tarea, tarea, llenado, Map.of())).isEmpty();
    assertThat(VALIDACION.problemas(tarea, tarea, Map.of(), Map.of()))
        .as("formulario vacío")
        .isNotEmpty();
  }

  @Test
  void readOnlyFieldsGoBackUnchangedOrAreRefused() {
    Map<String, Object> actuales = Map.of("agendaObjetivos", "Objetivos aprobados");
    Map<String, Object> decision = Map.of("revisionAgenda", "CONFORME");
    Map<String, Object> igual = new HashMap<>(decision);
    igual.put("agendaObjetivos", "Objetivos aprobados");
    Map<String, Object> cambiado = new HashMap<>(decision);
    cambiado.put("agendaObjetivos", "Otros objetivos");

    assertThat(VALIDACION.problemas("Task_RevisarAgenda", "Revisar agenda", igual, actuales))
        .isEmpty();
    assertThat(VALIDACION.problemas("Task_RevisarAgenda", "Revisar agenda", cambiado, actuales))
        .containsExactly("«Objetivos» no se puede modificar en esta tarea.");
  }

  @Test
  void aMissingFieldIsNamedAsTheFormLabelsIt() {
    assertThat(
            VALIDACION.problemas(
                "Task_SolicitarRevision",
                "Solicitar revisión",
                Map.of("didecoOrdNumero", "1234"),
                Map.of()))
        .containsExactly("Falta «Fecha del Ord. (dd-mm-aaaa)».");
  }

  @Test
  void aFieldTheFormDoesNotHaveIsRefused() {
    assertThat(
            VALIDACION.problemas(
                "Task_RevisarAgenda",
                "Revisar agenda",
                Map.of("revisionAgenda", "CONFORME", "comunaCodigo", "13101"),
                Map.of()))
        .containsExactly("«Revisar agenda» no tiene el campo «comunaCodigo» en su formulario.");
  }

  @Test
  void typedValuesFromTheJavaApiAreReadAsTheFormMeansThem() {
    Map<String, Object> plan =
        Map.of(
            "planActividades",
            "Talleres",
            "planPresupuesto",
            1_500_000L,
            "actualizarDiagnostico",
            false);
    assertThat(VALIDACION.problemas("Task_PrepararPlan", "Preparar plan", plan, Map.of()))
        .isEmpty();
    assertThat(
            VALIDACION.problemas(
                "Task_NumerarDecreto",
                "Numerar",
                Map.of("decretoNumero", "911", "decretoFecha", new java.util.Date()),
                Map.of()))
        .isEmpty();
    Map<String, Object> borrador =
        new HashMap<>(
            FormularioLleno.de(FORMULARIOS.de("Task_PrepararBorradorDecreto").orElseThrow()));
    borrador.put("borradorRevisado", true);
    borrador.put("decretoDistribucion", List.of("DAF", "DIDECO"));
    assertThat(VALIDACION.problemas("Task_PrepararBorradorDecreto", "Preparar", borrador, Map.of()))
        .isEmpty();
    borrador.put("decretoDistribucion", "[\"DAF\",\"BODEGA\"]");
    assertThat(VALIDACION.problemas("Task_PrepararBorradorDecreto", "Preparar", borrador, Map.of()))
        .containsExactly(
            "«Distribución» sólo admite opciones del formulario: Servicio Nacional de la Mujer y la "
                + "Equidad de Género, Dideco, Departamento de Personal, Dirección de Administración y Finanzas, "
                + "Departamento de Finanzas, Dirección Control Interno, Asesoría Jurídica, Oficina de Partes.");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"04/11/2026", "04-11-2026", "2026-11-04"})
  void everyDateFieldTakesADayFirstDateAndTheIsoOneOfTheApis(String fecha) {
    FORMULARIOS.de("Task_NumerarDecreto").orElseThrow();
    assertThat(
            VALIDACION.problemas(
                "Task_NumerarDecreto",
                "Numerar",
                Map.of("decretoNumero", "911", "decretoFecha", fecha),
                Map.of()))
        .isEmpty();
  }

  @Test
  void everyDateOfEveryFormIsAskedDayFirstAndReadAsADate() {
    Stream.concat(tareas(), Stream.of("StartEvent_ConvenioSuscrito"))
        .map(FORMULARIOS::de)
        .flatMap(java.util.Optional::stream)
        .flatMap(esquema -> esquema.campos().values().stream())
        .filter(campo -> campo.clave().endsWith("Fecha") || campo.clave().startsWith("fecha"))
        .forEach(
            campo -> {
              assertThat(campo.tipo()).as(campo.clave()).isEqualTo(CampoFormulario.Tipo.FECHA);
              assertThat(campo.etiqueta()).as(campo.clave()).endsWith("(dd-mm-aaaa)");
              assertThat(campo.patron().matcher("04/11/2026").matches()).as(campo.clave()).isTrue();
              assertThat(campo.patron().matcher("04-11-2026").matches()).as(campo.clave()).isTrue();
              assertThat(campo.patron().matcher("11/04/26").matches()).as(campo.clave()).isFalse();
            });
  }

  @Test
  void anImpossibleDayFirstDateIsRefusedInSpanish() {
    assertThat(
            VALIDACION.problemas(
                "Task_RemitirAntecedentes",
                "Remitir",
                Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "31-02-2026"),
                Map.of()))
        .containsExactly(
            "«Fecha del Ord. (dd-mm-aaaa)»: «31-02-2026» "
                + "no es una fecha del calendario: el día 31 del mes 2 de 2026 no existe.");
    assertThat(
            VALIDACION.problemas(
                "Task_RemitirAntecedentes",
                "Remitir",
                Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "13-13-2026"),
                Map.of()))
        .containsExactly(
            "«Fecha del Ord. (dd-mm-aaaa)»: «13-13-2026» "
                + "no es una fecha del calendario: el día 13 del mes 13 de 2026 no existe.");
    assertThat(
            VALIDACION.problemas(
                "Task_RemitirAntecedentes",
                "Remitir",
                Map.of("remisionOrdNumero", "07/490", "remisionOrdFecha", "11/04/26"),
                Map.of()))
        .containsExactly(
            "«Fecha del Ord. (dd-mm-aaaa)»: «11/04/26» "
                + "no es una fecha: escríbala día-mes-año (dd-mm-aaaa), por ejemplo 04-11-2026.");
  }

  @Test
  void aFormWithCamundaFormsMonthFirstDatePickerIsNotDeployed() throws Exception {
    var esquema =
        new ObjectMapper()
            .readTree(
                "{\"id\":\"f\",\"components\":[{\"type\":\"datetime\","
                    + "\"key\":\"ordFecha\",\"dateLabel\":\"Fecha\",\"subtype\":\"date\"}]}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EsquemaFormulario.leer(esquema))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("«ordFecha»")
        .hasMessageContaining("mes primero");
  }
}
