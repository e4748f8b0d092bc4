package cl.conveniosomm.expediente;

import cl.conveniosomm.convenio.ConvenioRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/convenios/{id}/expediente.zip}: the whole case, for an auditor. */
@RestController
public class ExpedienteController {

  private final ExpedienteService expedientes;
  private final ConvenioRepository convenios;

  public ExpedienteController(ExpedienteService expedientes, ConvenioRepository convenios) {
    this.expedientes = expedientes;
    this.convenios = convenios;
  }

  @GetMapping("/api/convenios/{convenio}/expediente.zip")
  public ResponseEntity<byte[]> expediente(@PathVariable String convenio) {
    if (!convenios.exists(convenio)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "No existe el convenio " + convenio + ".");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("expediente-" + convenio + ".zip")
                .build()
                .toString())
        .body(expedientes.zip(convenio));
  }
}
