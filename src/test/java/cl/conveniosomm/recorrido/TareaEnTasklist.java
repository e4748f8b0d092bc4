package cl.conveniosomm.recorrido;

import cl.conveniosomm.support.Navegador;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A task open in Tasklist, worked the way a person does: claim it, fill its Camunda Form field by
 * field (found by the field's key, so a field missing from the form fails the walk), complete it.
 */
final class TareaEnTasklist {

  /** The forms' date fields are text, typed day first as people here write dates. */
  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final Navegador navegador;

  /** Text fields and the values typed into them, checked again right before completing. */
  private final Map<String, String> escritos = new LinkedHashMap<>();

  private final String taskId;

  private TareaEnTasklist(Navegador navegador, String taskId) {
    this.navegador = navegador;
    this.taskId = taskId;
  }

  static TareaEnTasklist abrir(Navegador navegador, String taskId) {
    navegador.ir("/camunda/app/tasklist/default/#/?task=" + taskId);
    navegador.elemento(By.cssSelector(".fjs-form"));
    return new TareaEnTasklist(navegador, taskId);
  }

  TareaEnTasklist reclamar() {
    By reclamar = By.xpath("//*[self::a or self::button][normalize-space()='Reclamar']");
    // opening a group task takes it (tasklist/scripts/omm-bandeja.js): «Reclamar» is pressed only
    // if it stays
    try {
      new WebDriverWait(navegador.driver(), Duration.ofSeconds(5))
          .until(d -> d.findElements(reclamar).isEmpty() ? true : null);
    } catch (org.openqa.selenium.TimeoutException sigueSinReclamar) {
      navegador.pulsarHasta(reclamar, d -> d.findElements(reclamar).isEmpty());
    }
    // claimed when Tasklist names her as the assignee; the task then leaves the group's list, and
    // Tasklist may close it: open it again, as hers
    navegador.esperar(
        d ->
            d.findElements(By.cssSelector(".assignee")).stream()
                    .anyMatch(asignada -> !asignada.getText().isBlank())
                ? true
                : null);
    if (navegador.todos(By.cssSelector(".fjs-form input")).isEmpty()) {
      navegador.ir("/camunda/app/tasklist/default/#/?task=" + taskId);
    }
    navegador.elemento(By.cssSelector(".fjs-form input"));
    return this;
  }

  TareaEnTasklist texto(String campo, String valor) {
    escribir(campo(campo, ""), valor);
    escritos.put(campo, valor);
    return this;
  }

  TareaEnTasklist fecha(String campo, LocalDate valor) {
    return texto(campo, FECHA.format(valor));
  }

  /** Picks the option at {@code indice} (in the form's order) of a radio group. */
  TareaEnTasklist opcion(String campo, int indice) {
    By opcion = By.cssSelector("[id$='-Field_" + campo + "-" + indice + "']");
    navegador.pulsarHasta(opcion, d -> d.findElement(opcion).isSelected());
    return this;
  }

  TareaEnTasklist marcar(String campo) {
    By casilla = By.cssSelector("input[type='checkbox'][id$='-Field_" + campo + "']");
    navegador.pulsarHasta(casilla, d -> d.findElement(casilla).isSelected());
    return this;
  }

  TareaEnTasklist completar() {
    // a field the form redrew in the meantime is typed again, as a person would notice and do
    escritos.forEach(
        (clave, valor) -> {
          WebElement entrada = campo(clave, "");
          if (!valor.equals(entrada.getDomProperty("value"))) {
            escribir(entrada, valor);
          }
        });
    // earlier notifications cover the button: close them as a person would
    navegador.todos(By.cssSelector(".page-notifications .close")).stream()
        .filter(WebElement::isDisplayed)
        .forEach(WebElement::click);
    By completar = By.xpath("//button[normalize-space()='Completar' and not(@disabled)]");
    By avisos = By.cssSelector(".page-notifications .alert");
    Set<WebElement> anteriores = new HashSet<>(navegador.todos(avisos));
    // done when Tasklist answers: the form goes away, or a new notification says what went wrong
    navegador.pulsarHasta(
        completar,
        d ->
            d.findElements(By.cssSelector(".fjs-form")).isEmpty()
                || d.findElements(avisos).stream()
                    .anyMatch(aviso -> !anteriores.contains(aviso) && aviso.isDisplayed()));
    return this;
  }

  /** Waits for Tasklist's notifications to say {@code esperado}, and returns what they say. */
  String avisos(String esperado) {
    return navegador.esperar(
        d -> {
          String texto =
              String.join(
                  "\n",
                  d.findElements(By.cssSelector(".page-notifications .alert")).stream()
                      .map(WebElement::getText)
                      .toList());
          return texto.contains(esperado) ? texto : null;
        });
  }

  /**
   * Attaches {@code pdf} in the task's «Documentos» tab as a person does (picks the file, «Subir»),
   * waits for Tasklist to list it and goes back to the form. Returns the tab's text after the
   * upload.
   */
  String adjuntar(Path pdf, String captura) {
    pestana("Documentos", By.cssSelector(".omm-subida input[type='file']"));
    navegador
        .elemento(By.cssSelector(".omm-subida input[type='file']"))
        .sendKeys(pdf.toAbsolutePath().toString());
    navegador
        .elemento(
            By.xpath("//form[contains(@class,'omm-subida')]//button[normalize-space()='Subir']"))
        .click();
    String texto =
        navegador.esperar(
            d ->
                d.findElements(By.cssSelector(".omm-guardado")).isEmpty()
                    ? null
                    : d.findElement(By.cssSelector(".omm-pestana-documentos")).getText());
    navegador.captura(captura);
    pestana("Formulario", By.cssSelector(".fjs-form input"));
    return texto;
  }

  /**
   * Signs the decreto in the task's «Documentos» tab as a person does: types {@code campos} (by the
   * fields' ids), presses «Firmar decreto» and waits for the tab to say it is signed or why not.
   * Returns the tab's text then; back on the form afterwards.
   */
  String firmar(Map<String, String> campos, String captura) {
    pestana("Documentos", By.cssSelector(".omm-firma button"));
    campos.forEach(
        (id, valor) -> {
          WebElement entrada = navegador.elemento(By.id(id));
          entrada.clear();
          entrada.sendKeys(valor);
        });
    By firmar =
        By.xpath(
            "//form[contains(@class,'omm-firma')]//button[normalize-space()='Firmar decreto']");
    navegador.elemento(firmar).click();
    String texto =
        navegador.esperar(
            d ->
                d.findElements(By.cssSelector(".omm-firmado, .omm-firma .text-danger")).isEmpty()
                    ? null
                    : d.findElement(By.cssSelector(".omm-pestana-documentos")).getText());
    navegador.captura(captura);
    pestana("Formulario", By.cssSelector(".fjs-form input"));
    return texto;
  }

  /**
   * The text of the task's «Documentos» tab (the convenio's documents), back on the form
   * afterwards.
   */
  String documentos(String captura) {
    pestana("Documentos", By.cssSelector(".omm-pestana-documentos"));
    String texto = navegador.elemento(By.cssSelector(".omm-pestana-documentos")).getText();
    navegador.captura(captura);
    pestana("Formulario", By.cssSelector(".fjs-form input"));
    return texto;
  }

  private void pestana(String nombre, By contenido) {
    navegador.pulsarHasta(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + nombre + "']"),
        d -> d.findElements(contenido).stream().anyMatch(WebElement::isDisplayed));
  }

  void captura(String nombre) {
    navegador.captura(nombre);
  }

  private WebElement campo(String clave, String sufijo) {
    List<WebElement> campos =
        navegador.esperar(
            d -> {
              List<WebElement> encontrados =
                  d.findElements(By.cssSelector("[id$='-Field_" + clave + sufijo + "']"));
              return encontrados.isEmpty() ? null : encontrados;
            });
    return campos.get(0);
  }

  private void escribir(WebElement entrada, String valor) {
    entrada.clear();
    entrada.sendKeys(valor);
    // the form keeps its own copy of each field, updated on "input" events; synthetic keys do not
    // always raise them, so raise one with the final value
    navegador.js(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        entrada,
        valor);
  }
}
