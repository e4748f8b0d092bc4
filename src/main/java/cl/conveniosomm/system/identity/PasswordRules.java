package cl.conveniosomm.system.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The passwords of every account, however it is set (onboarding, Admin, the engine's REST API, the
 * administrator at startup): Camunda's default rules (10 characters, a lowercase and an uppercase
 * letter, a digit and a symbol, none of the person's id, names or email) plus no common word. The
 * engine holds every password change to them ({@link PasswordPolicyPlugin}); Admin shows them.
 */
public final class PasswordRules implements PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  static final String COMMON_WORDS = "PASSWORD_POLICY_COMMON_WORDS";

  /**
   * Words an attacker tries first, compared without case or accents; "demo" is the demo's password.
   */
  static final List<String> COMMON =
      List.of(
          "demo",
          "admin",
          "password",
          "passw0rd",
          "camunda",
          "contrasena",
          "123456",
          "654321",
          "qwerty",
          "asdfgh",
          "abcdef",
          "convenios",
          "sernameg");

  private static final Map<String, String> SPANISH =
      Map.of(
          PasswordPolicyLengthRuleImpl.PLACEHOLDER,
          "tener al menos " + MIN_LENGTH + " caracteres",
          PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER,
          "tener una letra minúscula",
          PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER,
          "tener una letra mayúscula",
          PasswordPolicyDigitRuleImpl.PLACEHOLDER,
          "tener un dígito",
          PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER,
          "tener un símbolo (por ejemplo - . ! ? #)",
          PasswordPolicyUserDataRuleImpl.PLACEHOLDER,
          "no contener el usuario, el nombre, el apellido ni el correo " + "de la persona",
          COMMON_WORDS,
          "no contener palabras comunes como demo, admin, camunda o contraseña");

  private final List<PasswordPolicyRule> rules =
      List.of(
          new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
          new PasswordPolicyLowerCaseRuleImpl(1),
          new PasswordPolicyUpperCaseRuleImpl(1),
          new PasswordPolicyDigitRuleImpl(1),
          new PasswordPolicySpecialCharacterRuleImpl(1),
          new PasswordPolicyUserDataRuleImpl(),
          new CommonWordsRule());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /**
   * What {@code password} lacks, in Spanish ("tener un dígito", ...), for the account {@code user}
   * (null when there is none yet); empty when it holds.
   */
  public List<String> problems(String password, User user) {
    List<String> problems = new ArrayList<>();
    for (PasswordPolicyRule rule : rules) {
      if (!rule.execute(password == null ? "" : password, user)) {
        problems.add(SPANISH.get(rule.getPlaceholder()));
      }
    }
    return problems;
  }

  /** One Spanish sentence: "La contraseña debe tener ..., tener ... y no contener ...". */
  public static String sentence(List<String> problems) {
    String joined =
        problems.size() == 1
            ? problems.get(0)
            : String.join(", ", problems.subList(0, problems.size() - 1))
                + " y "
                + problems.get(problems.size() - 1);
    return "La contraseña debe " + joined + ".";
  }

  /**
   * The whole policy in one Spanish sentence, for where the engine does not say which rule failed.
   */
  public static String everyRule() {
    PasswordRules all = new PasswordRules();
    return sentence(all.rules.stream().map(rule -> SPANISH.get(rule.getPlaceholder())).toList());
  }

  static final class CommonWordsRule implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return COMMON_WORDS;
    }

    @Override
    public Map<String, String> getParameters() {
      return null;
    }

    @Override
    public boolean execute(String password) {
      String folded =
          Normalizer.normalize(password, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT);
      return COMMON.stream().noneMatch(folded::contains);
    }
  }
}
