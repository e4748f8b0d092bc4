package cl.conveniosomm.system.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The administrator account outside the demo: a valid id and a password no one can guess. */
final class AdminPasswordPolicy {

  static final int MIN_LENGTH = 12;
  private static final Set<String> COMMON = Set.of(
      "demo", "admin", "password", "camunda", "contrasena", "contraseña", "123456", "qwerty", "convenios");

  private AdminPasswordPolicy() {
  }

  static List<String> check(String userId, String password, boolean demo) {
    List<String> problems = new ArrayList<>();
    if (!StartupSettingsValidator.isValidUserId(userId)) {
      problems.add(Setting.ADMIN_USER.problem("'" + userId + "' no es un identificador de usuario válido "
          + "(letras, dígitos, punto, guion; máximo 64)"));
    }
    if (demo) {
      return problems;
    }
    if (password.isEmpty()) {
      problems.add(Setting.ADMIN_PASSWORD.problem("falta la contraseña del administrador; fuera del perfil demo "
          + "no hay contraseñas por defecto"));
    } else if (password.equalsIgnoreCase(userId)) {
      problems.add(Setting.ADMIN_PASSWORD.problem("la contraseña no puede ser igual al usuario"));
    } else if (isWeak(password, userId)) {
      problems.add(Setting.ADMIN_PASSWORD.problem("la contraseña es débil: use al menos " + MIN_LENGTH
          + " caracteres con tres de estos cuatro tipos (minúsculas, mayúsculas, dígitos, símbolos), "
          + "sin el nombre de usuario ni palabras comunes"));
    }
    return problems;
  }

  private static boolean isWeak(String password, String userId) {
    String lower = password.toLowerCase(Locale.ROOT);
    boolean containsCommonWord = COMMON.stream().anyMatch(lower::contains)
        || (!userId.isEmpty() && lower.contains(userId.toLowerCase(Locale.ROOT)));
    int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
        + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
        + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
        + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
    return password.length() < MIN_LENGTH || classes < 3 || containsCommonWord;
  }
}
