package cl.conveniosomm.recorrido;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a person reads in Tasklist's inbox: the page's text and a convenio's task card. */
final class BandejaEnPagina {

  private BandejaEnPagina() {}

  /** The cards of the task list that name {@code etiqueta} (comuna · convenio). */
  static By tarjetas(String etiqueta) {
    return By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//*[contains("
            + "normalize-space(),'"
            + etiqueta
            + "')]]");
  }

  /** The first card naming {@code etiqueta} she can see, or null (for waiting on it). */
  static WebElement tarjetaVisible(WebDriver driver, String etiqueta) {
    return driver.findElements(tarjetas(etiqueta)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  static String textoVisible(WebDriver driver) {
    return driver.findElement(By.tagName("body")).getText();
  }
}
