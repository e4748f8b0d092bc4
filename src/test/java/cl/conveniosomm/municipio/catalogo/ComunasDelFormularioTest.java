package cl.conveniosomm.municipio.catalogo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registration form offers exactly the catalogue's comunas: the same codes, each labelled with
 * its name and its región as the catalogue has them, in the same number. A comuna added to or
 * renamed in {@code catalogo/comunas.csv} without the form (or the other way round) fails here.
 */
class ComunasDelFormularioTest {

  @Test
  void theRegistrationFormOffersTheCataloguesComunas() throws Exception {
    JsonNode formulario =
        new ObjectMapper().readTree(Path.of("forms/form-registrar-convenio.form").toFile());
    List<String> ofrecidas = new ArrayList<>();
    for (JsonNode campo : formulario.get("components")) {
      if ("comunaCodigo".equals(campo.path("key").asText())) {
        campo
            .get("values")
            .forEach(
                opcion ->
                    ofrecidas.add(
                        opcion.get("value").asText() + " " + opcion.get("label").asText()));
      }
    }
    List<String> catalogo =
        new CatalogoComunas()
            .todas().stream()
                .map(c -> c.codigo() + " " + c.nombre() + " (" + c.regionNombre() + ")")
                .toList();

    assertThat(catalogo).hasSize(346);
    assertThat(ofrecidas).containsExactlyInAnyOrderElementsOf(catalogo);
  }
}
