package cl.conveniosomm.system.config;

import cl.conveniosomm.system.identity.PasswordRules;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The administrator account outside the demo: a valid id and a password no one can guess. It holds
 * the password policy of every account ({@link PasswordRules}), which the engine would otherwise
 * enforce only when it creates the administrator, in English, and two characters more.
 */
final class AdminPasswordPolicy {

  static final int MIN_LENGTH = 12;

  private AdminPasswordPolicy() {}

  static List<String> check(String userId, String password, boolean demo) {
    List<String> problems = new ArrayList<>();
    if (!StartupSettingsValidator.isValidUserId(userId)) {
      problems.add(
          Setting.ADMIN_USER.problem(
              "'"
                  + userId
                  + "' no es un identificador de usuario válido "
                  + "(letras, dígitos, punto, guion; máximo 64)"));
    }
    if (demo) {
      return problems;
    }
    if (password.isEmpty()) {
      problems.add(
          Setting.ADMIN_PASSWORD.problem(
              "falta la contraseña del administrador; fuera del perfil demo "
                  + "no hay contraseñas por defecto"));
    } else if (password.equalsIgnoreCase(userId)) {
      problems.add(Setting.ADMIN_PASSWORD.problem("la contraseña no puede ser igual al usuario"));
    } else {
      List<String> weaknesses = new ArrayList<>();
      if (password.length() < MIN_LENGTH) {
        weaknesses.add("tener al menos " + MIN_LENGTH + " caracteres");
      }
      weaknesses.addAll(
          new PasswordRules()
              .problems(password, new UserEntity(userId)).stream()
                  .filter(problem -> !problem.startsWith("tener al menos"))
                  .toList());
      if (!weaknesses.isEmpty()) {
        problems.add(
            Setting.ADMIN_PASSWORD.problem(
                "la contraseña es débil. " + PasswordRules.sentence(weaknesses)));
      }
    }
    return problems;
  }
}
