package cl.conveniosomm.system.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every string Camunda's webapps ship in English has a Spanish translation with the same
 * placeholders. A Camunda upgrade that adds keys fails here until they are translated.
 */
class TraduccionWebappsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|%[sd]");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The app's own keys: the rule its password policy adds to Camunda's (Admin and Welcome show it).
   */
  private static final Set<String> PROPIAS = Set.of("/labels/PASSWORD_POLICY_COMMON_WORDS");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void everyEnglishKeyHasASpanishValueWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = leaves(read(app, "en"));
    Map<String, String> spanish = leaves(read(app, "es"));

    List<String> problems = new ArrayList<>();
    english.forEach(
        (key, text) -> {
          String translation = spanish.get(key);
          if (translation == null || (translation.isBlank() && !text.isBlank())) {
            problems.add("sin traducir: " + key);
          } else if (!placeholders(text).equals(placeholders(translation))) {
            problems.add(
                "marcadores distintos en " + key + ": «" + text + "» / «" + translation + "»");
          }
        });
    spanish.keySet().stream()
        .filter(key -> !english.containsKey(key) && !PROPIAS.contains(key))
        .forEach(key -> problems.add("clave que Camunda ya no usa: " + key));

    assertThat(english).as("textos en inglés de %s", app).hasSizeGreaterThan(150);
    assertThat(problems).as("traducción de %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void spanishIsTheFallbackAndEnglishStaysAvailable(String app) throws IOException {
    String config =
        resource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
    String espanol = resource("META-INF/resources/webjars/camunda/app/omm/espanol.js");

    assertThat(config)
        .contains("from '../../omm/espanol.js'")
        .contains("  locales,")
        .contains("  dateFormat");
    assertThat(espanol.replaceAll("\\s", ""))
        .contains("availableLocales:['es','en']")
        .contains("fallbackLocale:'es'")
        .contains("normal:'DD-MM-YYYY");
  }

  private static JsonNode read(String app, String locale) throws IOException {
    // Camunda's files start with a byte order mark that Jackson does not skip.
    String text =
        resource("META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json");
    return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TraduccionWebappsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> leaves(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    collect("", node, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> collect(path + "/" + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }
}
