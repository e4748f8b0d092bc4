package cl.conveniosomm.notificacion.correo;

/** Hands one message to the world: an SMTP server, or a file in the demo. */
public interface CorreoTransport {

  void enviar(MensajeSaliente mensaje) throws Exception;
}
