package cl.conveniosomm.municipio;

import cl.conveniosomm.proceso.Procesos;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Three onboarded municipalities, each with a registered convenio waiting on its DIDECO: made once
 * per JVM.
 */
final class EscenarioTenencia {

  record Convenio(String id, String instancia, String tarea) {}

  record Convenios(Convenio paiguano, Convenio illapel, Convenio santiago) {}

  private static Convenios convenios;

  private EscenarioTenencia() {}

  static synchronized Convenios preparar(
      ProcessEngine engine, IncorporacionMunicipios incorporacion) {
    if (convenios == null) {
      convenios =
          new Convenios(
              registrar(engine, incorporacion, Municipalidades.PAIGUANO),
              registrar(engine, incorporacion, Municipalidades.ILLAPEL),
              registrar(engine, incorporacion, Municipalidades.SANTIAGO));
    }
    return convenios;
  }

  private static Convenio registrar(
      ProcessEngine engine,
      IncorporacionMunicipios incorporacion,
      Municipalidades.Municipalidad municipalidad) {
    incorporacion.incorporar(municipalidad.solicitud());
    ProcessInstance principal =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, municipalidad.registro());
    String tarea =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(principal.getBusinessKey())
            .taskDefinitionKey("Task_SolicitarRevision")
            .singleResult()
            .getId();
    return new Convenio(principal.getBusinessKey(), principal.getId(), tarea);
  }
}
