package cl.conveniosomm.municipio;

import java.util.List;

/**
 * What onboarding a municipality needs: its comuna and its people, each with the role groups she
 * works in. A password is needed only to create a person; an existing person keeps hers.
 */
public record SolicitudIncorporacion(String comuna, List<Persona> usuarios) {

  public record Persona(
      String id,
      String nombre,
      String apellido,
      String email,
      List<String> grupos,
      String contrasena) {}
}
