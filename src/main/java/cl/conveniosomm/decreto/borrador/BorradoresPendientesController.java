package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.municipio.TareasAbiertas;
import cl.conveniosomm.proceso.Tareas;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decreto drafts attached to the logged-in person's open tasks (the Secretaría preparing it,
 * the Alcalde signing it): what the document page offers to download.
 */
@RestController
public class BorradoresPendientesController {

  private final TareasAbiertas tareas;

  public BorradoresPendientesController(TareasAbiertas tareas) {
    this.tareas = tareas;
  }

  public record Borrador(
      String tareaId, String tarea, String convenioId, String pdf, String docx) {}

  @GetMapping("/api/decretos/borradores")
  public List<Borrador> borradores(Authentication usuario) {
    return tareas.de(usuario, Tareas.PREPARAR_BORRADOR_DECRETO, Tareas.FIRMAR_DECRETO).stream()
        .map(
            task -> {
              String convenio = tareas.convenio(task);
              if (convenio == null) {
                return null;
              }
              String base = "/api/convenios/" + convenio + "/decreto/borrador";
              return new Borrador(
                  task.getId(), task.getName(), convenio, base + ".pdf", base + ".docx");
            })
        .filter(Objects::nonNull)
        .toList();
  }
}
