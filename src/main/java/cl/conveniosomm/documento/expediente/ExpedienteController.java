package cl.conveniosomm.documento.expediente;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/convenios/{id}/expediente.zip}: the whole case, for an auditor. */
@RestController
public class ExpedienteController {

  private final ExpedienteService expedientes;

  public ExpedienteController(ExpedienteService expedientes) {
    this.expedientes = expedientes;
  }

  @GetMapping("/api/convenios/{convenio}/expediente.zip")
  public ResponseEntity<byte[]> expediente(@PathVariable String convenio) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("expediente-" + convenio + ".zip").build().toString())
        .body(expedientes.zip(convenio));
  }
}
