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
   * A browser whose preferred languages are {@code idiomas} ("es-CL,es"), or none at all when blank.
   */
  public static Navegador abrir(String baseUrl, String idiomas) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("Las pruebas de navegador necesitan Chromium y chromedriver de Debian: "
          + "apt-get install chromium chromium-driver (o ejecute ./mvnw verify -Dnavegador.skip=true).");
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .withEnvironment(Map.of("TZ", "America/Santiago"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", idiomas));
    return new Navegador(new ChromeDriver(service, options), baseUrl);
  }

  public WebDriver driver() {
    return driver;
  }

  public void ir(String path) {
    driver.get(baseUrl + path);
  }

  public <T> T esperar(Function<WebDriver, T> condicion) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condicion);
  }

  public WebElement elemento(By selector) {
    return esperar(d -> d.findElements(selector).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
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
    WebElement campoUsuario = elemento(By.id("inputUsername"));
    campoUsuario.sendKeys(usuario);
    driver.findElement(By.id("inputPassword")).sendKeys(contrasena);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    esperar(d -> d.findElements(By.id("inputUsername")).isEmpty());
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
