package cl.conveniosomm;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The app deploys every model and every Camunda Form of the top-level folders. */
class DeploymentTest extends DemoApplicationTest {

  @Autowired RepositoryService repositoryService;

  @Autowired FormService formService;

  @Test
  void deploysEveryModelAndFormOfTheTopLevelFolders() throws IOException {
    List<String> deployed =
        repositoryService.createDeploymentQuery().list().stream()
            .flatMap(
                deployment ->
                    repositoryService.getDeploymentResourceNames(deployment.getId()).stream())
            .map(name -> Path.of(name).getFileName().toString())
            .toList();

    assertThat(deployed).containsAll(filesIn("processes")).containsAll(filesIn("forms"));
  }

  @Test
  void resolvesTheStartFormOfTheConvenioByItsKey() throws IOException {
    ProcessDefinition convenio =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(Procesos.CONVENIO_OMM)
            .latestVersion()
            .singleResult();

    assertThat(formService.getStartFormKey(convenio.getId())).isNull();
    try (InputStream form = formService.getDeployedStartForm(convenio.getId())) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json)
          .contains("\"id\": \"form-registrar-convenio\"")
          .contains("Fecha de suscripción");
    }
  }

  private static List<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.map(file -> file.getFileName().toString()).toList();
    }
  }
}
