package cl.conveniosomm.system.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad input to the app's endpoints becomes a 4xx with a Spanish message; anything unexpected a 500
 * that says nothing internal (the details go to the log).
 */
@RestControllerAdvice
public class ApiErrores {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrores.class);
  static final String DIRECCION_DESCONOCIDA = "Esta dirección no existe en Convenios OMM.";

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorRespuesta datoInvalido(IllegalArgumentException e) {
    return new ErrorRespuesta(e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<ErrorRespuesta> rechazado(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(new ErrorRespuesta(e.getReason()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorRespuesta parametroFaltante(MissingServletRequestParameterException e) {
    return new ErrorRespuesta("Falta el parámetro obligatorio «" + e.getParameterName() + "».");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorRespuesta parametroMalFormado(MethodArgumentTypeMismatchException e) {
    String nombre = e.getName();
    String valor = String.valueOf(e.getValue());
    String esperado =
        switch (nombre) {
          case "anio" -> "un año de cuatro dígitos, por ejemplo 2026";
          case "dias" -> "un número entero de días hábiles, por ejemplo 5 o -5";
          case "desde" -> "una fecha con formato AAAA-MM-DD, por ejemplo 2026-06-26";
          default -> "un valor válido";
        };
    return new ErrorRespuesta(
        "El parámetro «" + nombre + "» no es válido («" + valor + "»): debe ser " + esperado + ".");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  public ErrorRespuesta archivoDemasiadoGrande(MaxUploadSizeExceededException e) {
    return new ErrorRespuesta("El archivo supera el máximo de 20 MB: no se guardó nada.");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorRespuesta cuerpoIlegible(HttpMessageNotReadableException e) {
    return new ErrorRespuesta(
        "El cuerpo de la solicitud no es un JSON válido para esta operación.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  @ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
  public ErrorRespuesta metodoNoPermitido(HttpRequestMethodNotSupportedException e) {
    return new ErrorRespuesta("Esta dirección no admite el método " + e.getMethod() + ".");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
  public ErrorRespuesta tipoNoAdmitido(HttpMediaTypeNotSupportedException e) {
    return new ErrorRespuesta(
        "Esta dirección no admite datos de tipo «"
            + e.getContentType()
            + "»: use "
            + (e.getSupportedMediaTypes().isEmpty() ? "JSON" : e.getSupportedMediaTypes().get(0))
            + ".");
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorRespuesta archivoFaltante(Exception e) {
    return new ErrorRespuesta(
        "Falta el archivo: envíelo en el campo «archivo» de un formulario multipart.");
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public ErrorRespuesta direccionDesconocida(Exception e) {
    return new ErrorRespuesta(DIRECCION_DESCONOCIDA);
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<ErrorRespuesta> inesperado(Exception e) {
    // Spring's own refusals (a bad header, a missing path variable…) keep their 4xx
    if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      return ResponseEntity.status(refusal.getStatusCode())
          .body(
              new ErrorRespuesta(
                  "La solicitud no es válida para esta dirección: revise el método, la dirección y los datos."));
    }
    LOG.error("Error no controlado en la API", e);
    return ResponseEntity.internalServerError()
        .body(
            new ErrorRespuesta(
                "Ocurrió un error interno. Intente nuevamente; si persiste, avise al administrador."));
  }
}
