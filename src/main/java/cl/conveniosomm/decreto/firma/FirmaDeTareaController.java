package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.system.web.ErrorRespuesta;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasklist's «Documentos» tab signs the decreto of an open signing task here. */
@RestController
class FirmaDeTareaController {

  private final FirmaDeTarea firma;

  FirmaDeTareaController(FirmaDeTarea firma) {
    this.firma = firma;
  }

  @GetMapping("/api/tareas/{tarea}/firma")
  FirmaDeTarea.Estado estado(@PathVariable String tarea, Authentication usuario) {
    return firma.estado(usuario, tarea);
  }

  @PostMapping("/api/tareas/{tarea}/firma")
  FirmaDeTarea.Estado firmar(
      @PathVariable String tarea,
      @RequestBody(required = false) FirmaDeTarea.Solicitud solicitud,
      Authentication usuario) {
    return firma.firmar(usuario, tarea, solicitud);
  }

  @ExceptionHandler(FirmaRechazadaException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  ErrorRespuesta rechazada(FirmaRechazadaException e) {
    return new ErrorRespuesta(e.getMessage());
  }
}
