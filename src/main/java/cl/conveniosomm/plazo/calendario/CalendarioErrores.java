package cl.conveniosomm.plazo.calendario;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Convierte los parámetros malos de {@link CalendarioController} en un 400 con un mensaje en español. */
@RestControllerAdvice(assignableTypes = CalendarioController.class)
public class CalendarioErrores {

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorRespuesta datoInvalido(IllegalArgumentException e) {
    return new ErrorRespuesta(e.getMessage());
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
    String esperado = switch (nombre) {
      case "anio" -> "un año de cuatro dígitos, por ejemplo 2026";
      case "dias" -> "un número entero de días hábiles, por ejemplo 5 o -5";
      case "desde" -> "una fecha con formato AAAA-MM-DD, por ejemplo 2026-06-26";
      default -> "un valor válido";
    };
    return new ErrorRespuesta("El parámetro «" + nombre + "» no es válido («" + valor + "»): debe ser " + esperado + ".");
  }
}
