package cl.conveniosomm.cumplimiento;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.system.engine.Reloj;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compliance dashboard as SERNAMEG's regional office sees it in a real browser, after logging
 * in on Tasklist's own (Spanish) login page: every figure on screen agrees with the engine.
 */
@Tag("navegador")
class PanelCumplimientoNavegadorTest extends DemoApplicationTest {

  @Autowired ProcessEngine engine;

  private static boolean registrados;

  @BeforeAll
  static void relojReal() {
    ClockUtil.reset();
  }

  private void registrarConvenios() {
    if (registrados) {
      return;
    }
    registrar("04303", "Monte Patria", LocalDate.of(2026, 3, 2));
    registrar("04106", "Vicuña", LocalDate.of(2026, 6, 1));
    registrar("04101", "La Serena", null);
    registrados = true;
  }

  private void registrar(String codigo, String nombre, LocalDate registradoEl) {
    if (registradoEl != null) {
      ClockUtil.setCurrentTime(
          Date.from(registradoEl.atTime(10, 0).atZone(Reloj.ZONA).toInstant()));
    }
    Map<String, Object> registro = Registro.laSerena();
    registro.put("comuna", nombre);
    registro.put("comunaCodigo", codigo);
    registro.put("lugarSuscripcion", nombre);
    registro.put("fechaSuscripcion", "2026-02-27");
    engine.getRuntimeService().startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);
    ClockUtil.reset();
  }

  @Test
  void theRegionalOfficeSeesEveryComunaOfItsRegionWithTheEnginesFigures() {
    registrarConvenios();
    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, "es-CL,es")) {
      navegador.iniciarSesion("tasklist", "sernameg", "demo");
      navegador.ir("/cumplimiento");
      List<WebElement> filas =
          navegador.esperar(d -> d.findElements(By.cssSelector("#comunas tbody tr")));
      navegador.captura("panel-cumplimiento");

      assertThat(filas).as("the 15 comunas of the Coquimbo region").hasSize(15);
      Date inicioDeHoy = Date.from(LocalDate.now(Reloj.ZONA).atStartOfDay(Reloj.ZONA).toInstant());
      int comunasAtrasadas = 0;
      int vencidasDeLaRegion = 0;
      int sinConvenioEnMotor = 0;
      for (WebElement fila : filas) {
        String comuna = fila.getAttribute("data-comuna");
        long vencidasEnMotor =
            engine
                .getTaskService()
                .createTaskQuery()
                .tenantIdIn(comuna)
                .dueBefore(inicioDeHoy)
                .count();
        long enAprobacion =
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .tenantIdIn(comuna)
                .processDefinitionKey("aprobacion-convenio")
                .active()
                .count();
        long conConvenio =
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .tenantIdIn(comuna)
                .processDefinitionKey(Procesos.CONVENIO_OMM)
                .count();
        int vencidasEnPantalla =
            Integer.parseInt(fila.findElement(By.cssSelector(".informes")).getText())
                + Integer.parseInt(fila.findElement(By.cssSelector(".documentos")).getText())
                + Integer.parseInt(fila.findElement(By.cssSelector(".tramites")).getText());
        String etapa = fila.findElement(By.cssSelector(".etapa")).getText();

        assertThat(vencidasEnPantalla).as("vencidas de " + comuna).isEqualTo(vencidasEnMotor);
        assertThat(etapa)
            .as("etapa de " + comuna)
            .isEqualTo(
                enAprobacion > 0 ? "En aprobación" : conConvenio > 0 ? "Vigente" : "Sin convenio");
        comunasAtrasadas += vencidasEnMotor > 0 ? 1 : 0;
        vencidasDeLaRegion += vencidasEnPantalla;
        sinConvenioEnMotor += conConvenio == 0 ? 1 : 0;
      }
      WebElement montePatria = navegador.elemento(By.cssSelector("tr[data-comuna='04303']"));
      assertThat(montePatria.getAttribute("class")).contains("atrasada");
      assertThat(Integer.parseInt(montePatria.findElement(By.cssSelector(".atraso")).getText()))
          .isPositive();
      assertThat(navegador.elemento(By.id("total-atrasadas")).getText())
          .isEqualTo(String.valueOf(comunasAtrasadas));
      assertThat(navegador.todos(By.cssSelector("#grafico .fila-grafico"))).hasSize(1);
      assertThat(
              Integer.parseInt(
                  navegador.elemento(By.cssSelector("#grafico .cifra-atrasadas")).getText()))
          .as("overdue now, plus met late")
          .isGreaterThanOrEqualTo(vencidasDeLaRegion)
          .isPositive();

      new Select(navegador.elemento(By.id("filtro-etapa"))).selectByVisibleText("Sin convenio");
      navegador.elemento(By.id("filtrar")).click();
      navegador.esperar(d -> d.getCurrentUrl().contains("etapa=SIN_CONVENIO"));
      List<WebElement> sinConvenio = navegador.todos(By.cssSelector("#comunas tbody tr"));
      assertThat(sinConvenio)
          .hasSize(sinConvenioEnMotor)
          .allSatisfy(
              fila ->
                  assertThat(fila.findElement(By.cssSelector(".etapa")).getText())
                      .isEqualTo("Sin convenio"));
      assertThat(navegador.elemento(By.id("exportar-csv")).getAttribute("href"))
          .contains("etapa=SIN_CONVENIO");
    }
  }
}
