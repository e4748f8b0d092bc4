package cl.conveniosomm.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (no browser is downloaded), in the
 * America/Santiago time zone. Screenshots go to {@code target/capturas}.
 */
public final class Navegador implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  public static final Path CAPTURAS = Path.of("target", "capturas");

  private final WebDriver driver;
  private final String baseUrl;

  private Navegador(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /**
   * A browser whose preferred languages are {@code idiomas} ("es-CL,es"), or none at all when
   * blank.
   */
  public static Navegador abrir(String baseUrl, String idiomas) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Las pruebas de navegador necesitan Chromium y chromedriver de Debian: "
              + "apt-get install chromium chromium-driver (o ejecute ./mvnw verify -Dnavegador.skip=true).");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .withEnvironment(Map.of("TZ", "America/Santiago"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // the webapps keep loading scripts after the page is usable: tests wait for what they need
    options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000");
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", idiomas.isBlank() ? "en-US" : idiomas));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    if (idiomas.isBlank()) {
      // Chromium always has a language of its own: a browser with none reports no languages to
      // pages
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument",
          Map.of(
              "source",
              "Object.defineProperty(navigator, 'languages', {get: () => []});"
                  + "Object.defineProperty(navigator, 'language', {get: () => undefined});"));
    }
    return new Navegador(driver, baseUrl);
  }

  public WebDriver driver() {
    return driver;
  }

  public void ir(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Waits up to 30 s; on timeout saves the screen and its HTML as target/capturas/fallo-*.png|html.
   */
  public <T> T esperar(Function<WebDriver, T> condicion) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condicion);
    } catch (org.openqa.selenium.TimeoutException e) {
      String nombre = "fallo-" + System.currentTimeMillis();
      captura(nombre);
      try {
        Files.writeString(
            CAPTURAS.resolve(nombre + ".html"),
            driver.getCurrentUrl() + "\n" + driver.getPageSource());
      } catch (IOException io) {
        e.addSuppressed(io);
      }
      throw e;
    }
  }

  public WebElement elemento(By selector) {
    return esperar(
        d ->
            d.findElements(selector).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  public List<WebElement> todos(By selector) {
    return driver.findElements(selector);
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Logs in on a Camunda webapp's own login page, as a person types it. */
  public void iniciarSesion(String app, String usuario, String contrasena) {
    ir("/camunda/app/" + app + "/default/");
    // the login form is drawn again once the locale file arrives: type into the one that stays
    esperar(
        d ->
            !d.findElements(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                    .isEmpty()
                && !d.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                    .getText()
                    .isBlank());
    WebElement campoUsuario =
        driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
    WebElement campoClave =
        driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']"));
    campoUsuario.sendKeys(usuario);
    campoClave.sendKeys(contrasena);
    if (!usuario.equals(campoUsuario.getDomProperty("value"))) {
      // headless Chromium's synthetic keys do not always reach AngularJS: fill the fields as
      // autofill does
      js(
          """
          for (const [campo, valor] of [[arguments[0], arguments[2]], [arguments[1], arguments[3]]]) {
            campo.value = valor;
            campo.dispatchEvent(new Event('input', {bubbles: true}));
            campo.dispatchEvent(new Event('change', {bubbles: true}));
          }""",
          campoUsuario,
          campoClave,
          usuario,
          contrasena);
    }
    WebElement boton =
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    boton.click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(3))
          .until(d -> d.findElements(By.cssSelector("form[name='signinForm']")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException clickIgnorado) {
      // same as above for the click: submit the form the way the button does
      js("arguments[0].form.requestSubmit(arguments[0]);", boton);
      esperar(d -> d.findElements(By.cssSelector("form[name='signinForm']")).isEmpty());
    }
  }

  /**
   * «Cerrar sesión» from the webapp's account menu, as a person does it, and waits until the page
   * has left the webapp (for the login page or the institution's provider).
   */
  public void cerrarSesion() {
    String antes = driver.getCurrentUrl();
    pulsarHasta(
        By.cssSelector("li.account > a.dropdown-toggle"),
        d ->
            d.findElements(By.cssSelector("li.logout a")).stream()
                .anyMatch(WebElement::isDisplayed));
    pulsarHasta(By.cssSelector("li.logout a"), d -> !d.getCurrentUrl().equals(antes));
  }

  /**
   * Clicks until the click shows its effect. AngularJS sometimes misses a synthetic click that
   * arrives while it is still drawing the view; a person would look again after a moment and click
   * again, and so does this: soon at first, then with more patience. A click that did land is never
   * repeated once its effect shows, and a button that went away (or is disabled while the server
   * answers) is not clicked again.
   */
  public void pulsarHasta(By boton, Function<WebDriver, Boolean> efecto) {
    int[] paciencia = {1, 2, 5, 5};
    for (int intento = 0; intento < paciencia.length; intento++) {
      if (intento > 0 && Boolean.TRUE.equals(efecto.apply(driver))) {
        return;
      }
      try {
        WebElement elemento = intento == 0 ? elemento(boton) : visible(boton);
        if (elemento == null) {
          // gone or disabled while the first click is answered: only wait for its effect
        } else if (intento % 2 == 0) {
          elemento.click();
        } else {
          js("arguments[0].click();", elemento);
        }
      } catch (org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementClickInterceptedException redibujado) {
        // drawn again under the pointer: try again
      }
      try {
        new WebDriverWait(driver, Duration.ofSeconds(paciencia[intento]))
            .until(d -> Boolean.TRUE.equals(efecto.apply(d)) ? true : null);
        return;
      } catch (org.openqa.selenium.TimeoutException sinEfecto) {
        // look again
      }
    }
    esperar(d -> Boolean.TRUE.equals(efecto.apply(d)) ? true : null);
  }

  private WebElement visible(By selector) {
    return driver.findElements(selector).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  /** Saves a screenshot as {@code target/capturas/<nombre>.png} and returns its path. */
  public Path captura(String nombre) {
    try {
      Files.createDirectories(CAPTURAS);
      Path destino = CAPTURAS.resolve(nombre + ".png");
      File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), destino, StandardCopyOption.REPLACE_EXISTING);
      return destino;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
