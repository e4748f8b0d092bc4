package cl.conveniosomm.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The only expressions a query may evaluate: what Tasklist's filters use, nothing that calls code.
 */
class ExpresionesDeConsultaPluginTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${currentUser()}",
        "${ currentUserGroups() }",
        "${now()}",
        "${dateTime().toDate()}",
        "${dateTime().plusDays(3).toDate()}",
        "${dateTime().minusWeeks(1).plusHours(2).toDate()}"
      })
  void tasklistsExpressionsAreAllowed(String expresion) {
    assertThat(ExpresionesDeConsultaPlugin.permitida(expresion)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${'dide'.concat('co')}",
        "#{currentUser()}",
        "${currentUser()}${x}",
        "${currentUser() += 'x'}",
        "${''.getClass().forName('java.lang.Runtime')}",
        "${dateTime().plusDays(3).getClass()}",
        "${currentUser}",
        "${execution}",
        "${currentUser()}\n",
        "x${currentUser()}",
        "",
        "${now()} "
      })
  void everythingElseIsRefused(String expresion) {
    assertThat(ExpresionesDeConsultaPlugin.permitida(expresion)).isFalse();
  }
}
