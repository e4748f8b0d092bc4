package cl.conveniosomm.system.texto;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether a string is one email address a mail server will take (user@domain, strict syntax). */
public final class DireccionCorreo {

  private DireccionCorreo() {}

  public static boolean esValida(String direccion) {
    if (direccion == null
        || direccion.isBlank()
        || direccion.length() > 320
        || !direccion.contains("@")) {
      return false;
    }
    try {
      InternetAddress address = new InternetAddress(direccion, true);
      address.validate();
      return address.getAddress().equals(direccion.trim()) && address.getAddress().contains("@");
    } catch (AddressException e) {
      return false;
    }
  }
}
