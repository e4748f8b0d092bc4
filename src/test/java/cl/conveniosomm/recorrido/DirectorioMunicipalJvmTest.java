package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.DirectorioDePrueba;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.system.security.ldap.DirectorioNoDisponibleException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * La Serena keeps its staff in its own directory (a real LDAP server in the test JVM): its people
 * log in with their directory password, have the role groups their directory groups stand for and
 * La Serena's tasks only, get reminders at their directory email, and a change of groups in the
 * directory reaches Tasklist. (Its own JVM: another configuration of the application.)
 */
@Tag("own-jvm")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorioMunicipalJvmTest extends DemoApplicationTest {

  private static final String TAREAS_EN_TASKLIST =
      "/camunda/api/engine/engine/default/task?maxResults=50";

  @Autowired ProcessEngine engine;
  @Autowired DocumentoService documentos;

  @DynamicPropertySource
  static void directorio(DynamicPropertyRegistry registry) {
    registry.add("omm.ldap.url", DirectorioDePrueba::url);
    registry.add("omm.ldap.usuario", () -> DirectorioDePrueba.ADMINISTRADOR);
    registry.add("omm.ldap.clave", () -> DirectorioDePrueba.CLAVE_ADMINISTRADOR);
    registry.add("omm.ldap.base-dn", () -> DirectorioDePrueba.BASE);
    registry.add("omm.ldap.base-usuarios", () -> "ou=personas");
    registry.add("omm.ldap.base-grupos", () -> "ou=grupos");
    registry.add("omm.ldap.grupos", () -> "omm-dideco=dideco, Alcaldía=alcalde");
    registry.add("omm.ldap.comuna", () -> "04101");
  }

  @Test
  @Order(4)
  @DisabledIfSystemProperty(named = "navegador.skip", matches = "true")
  void martaLogsInWithHerDirectoryPasswordSeesLaSerenasTaskOnlyAndCompletesIt() {
    String convenio = convenio();
    String otro = iniciar(Registro.enRegion("07"));
    Pdf.convenioFirmadoEn(documentos, convenio);

    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, "es-CL,es")) {
      navegador.iniciarSesion(
          "tasklist", DirectorioDePrueba.MARTA.uid(), DirectorioDePrueba.MARTA.clave());

      navegador.esperar(d -> BandejaEnPagina.tarjetaVisible(d, "La Serena · " + convenio));
      navegador.captura("ldap-1-tasklist-de-marta");
      assertThat(BandejaEnPagina.textoVisible(navegador.driver())).doesNotContain(otro);

      Task tarea = tarea(convenio, Tareas.SOLICITAR_REVISION);
      TareaEnTasklist.abrir(navegador, tarea.getId())
          .reclamar()
          .texto("didecoOrdNumero", "4311")
          .fecha("didecoOrdFecha", LocalDate.of(2016, 10, 4))
          .completar();
      navegador.esperar(d -> tareas(convenio, Tareas.REVISAR_CONVENIO) == 1 ? true : null);
      // completed by her, under her directory id
      var completadaPorElla =
          engine
              .getHistoryService()
              .createHistoricTaskInstanceQuery()
              .taskId(tarea.getId())
              .taskAssignee(DirectorioDePrueba.MARTA.uid())
              .finished();
      assertThat(completadaPorElla.count()).isEqualTo(1);
    }
  }

  @Test
  @Order(2)
  void aWrongDirectoryPasswordOpensNothingAndTheRightOneOpensTheRestApiToo() {
    String convenio = convenio();

    HttpResponse<String> equivocada =
        http().webappLogin("tasklist", DirectorioDePrueba.MARTA.uid(), "Clave-Equivocada-1");
    HttpResponse<String> deOtraPersona =
        http()
            .webappLogin(
                "tasklist", DirectorioDePrueba.MARTA.uid(), DirectorioDePrueba.JUAN.clave());

    assertThat(equivocada.statusCode()).isEqualTo(401);
    assertThat(deOtraPersona.statusCode()).isEqualTo(401);
    assertThat(
            http()
                .getAs(
                    DirectorioDePrueba.MARTA.uid(), "Clave-Equivocada-1", "/engine-rest/task/count")
                .statusCode())
        .isEqualTo(401);
    HttpResponse<String> porRest =
        http()
            .getAs(
                DirectorioDePrueba.MARTA.uid(),
                DirectorioDePrueba.MARTA.clave(),
                "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + convenio);
    assertThat(porRest.statusCode()).isEqualTo(200);
    assertThat(porRest.body()).contains(Tareas.SOLICITAR_REVISION);
  }

  @Test
  @Order(1)
  void directoryPeopleAreTheEnginesWithTheirRoleGroupsComunaAndEmail() {
    IdentityService identidades = engine.getIdentityService();

    User marta =
        identidades.createUserQuery().userId(DirectorioDePrueba.MARTA.uid()).singleResult();
    assertThat(marta.getEmail()).isEqualTo(DirectorioDePrueba.MARTA.correo());
    assertThat(marta.getFirstName()).isEqualTo("Marta");
    assertThat(didecoDeLaSerena())
        .extracting(User::getId)
        .contains(DirectorioDePrueba.MARTA.uid())
        .doesNotContain(DirectorioDePrueba.JUAN.uid());
    assertThat(identidades.createUserQuery().memberOfTenant("07101").list())
        .extracting(User::getId)
        .doesNotContain(DirectorioDePrueba.MARTA.uid());
    assertThat(identidades.createGroupQuery().groupMember(DirectorioDePrueba.MARTA.uid()).list())
        .extracting(g -> g.getId())
        .containsExactly("dideco");
    assertThat(identidades.createTenantQuery().userMember(DirectorioDePrueba.MARTA.uid()).list())
        .extracting(t -> t.getId())
        .containsExactly("04101");
    // the directory's own groups are not the engine's, and a search cannot widen its filter
    assertThat(identidades.createGroupQuery().groupId(DirectorioDePrueba.GRUPO_DIDECO).count())
        .isZero();
    assertThat(identidades.createUserQuery().userFirstNameLike("*)(uid=*").list()).isEmpty();
    assertThat(identidades.createUserQuery().userFirstNameLike("Mar%").list())
        .extracting(User::getId)
        .contains(DirectorioDePrueba.MARTA.uid());
  }

  @Test
  @Order(3)
  void aChangeOfGroupsInTheDirectoryReachesTasklist() {
    String tarea = tarea(convenio(), Tareas.SOLICITAR_REVISION).getId();
    HttpClientSupport marta = http();
    marta.webappLogin("tasklist", DirectorioDePrueba.MARTA.uid(), DirectorioDePrueba.MARTA.clave());
    HttpClientSupport juan = http();
    juan.webappLogin("tasklist", DirectorioDePrueba.JUAN.uid(), DirectorioDePrueba.JUAN.clave());
    assertThat(marta.get(TAREAS_EN_TASKLIST).body()).contains(tarea);
    assertThat(juan.get(TAREAS_EN_TASKLIST).body()).doesNotContain(tarea);

    DirectorioDePrueba.agregar(DirectorioDePrueba.JUAN, DirectorioDePrueba.GRUPO_DIDECO);
    DirectorioDePrueba.quitar(DirectorioDePrueba.MARTA, DirectorioDePrueba.GRUPO_DIDECO);
    try {
      // at their next login: Juan has DIDECO's task, Marta no role to open Tasklist with
      marta = http();
      HttpResponse<String> ingresoDeMarta =
          marta.webappLogin(
              "tasklist", DirectorioDePrueba.MARTA.uid(), DirectorioDePrueba.MARTA.clave());
      juan = http();
      juan.webappLogin("tasklist", DirectorioDePrueba.JUAN.uid(), DirectorioDePrueba.JUAN.clave());
      assertThat(ingresoDeMarta.statusCode()).isIn(401, 403);
      assertThat(marta.get(TAREAS_EN_TASKLIST).statusCode()).isEqualTo(401);
      assertThat(juan.get(TAREAS_EN_TASKLIST).body()).contains(tarea);
    } finally {
      DirectorioDePrueba.agregar(DirectorioDePrueba.MARTA, DirectorioDePrueba.GRUPO_DIDECO);
      DirectorioDePrueba.quitar(DirectorioDePrueba.JUAN, DirectorioDePrueba.GRUPO_DIDECO);
    }
  }

  @Test
  @Order(5)
  void whileTheDirectoryIsDownItsPeopleCannotLogInAndWhatNeedsThemWaits() {
    DirectorioDePrueba.detener();
    try {
      assertThat(
              http()
                  .webappLogin(
                      "tasklist", DirectorioDePrueba.MARTA.uid(), DirectorioDePrueba.MARTA.clave())
                  .statusCode())
          .isEqualTo(401);
      // local accounts go on
      HttpClientSupport dideco = http();
      assertThat(dideco.webappLogin("tasklist", "dideco", "demo").statusCode()).isEqualTo(200);
      assertThat(dideco.get(TAREAS_EN_TASKLIST).statusCode()).isEqualTo(200);
      // who gets La Serena's DIDECO mail cannot be known: the caller fails whole, in Spanish
      assertThatThrownBy(this::didecoDeLaSerena)
          .isInstanceOf(DirectorioNoDisponibleException.class)
          .hasMessageContaining("no responde");
    } finally {
      DirectorioDePrueba.reanudar();
    }
    assertThat(didecoDeLaSerena()).extracting(User::getId).contains(DirectorioDePrueba.MARTA.uid());
  }

  private List<User> didecoDeLaSerena() {
    return engine
        .getIdentityService()
        .createUserQuery()
        .memberOfGroup("dideco")
        .memberOfTenant("04101")
        .list();
  }

  @Test
  @Order(1)
  void aDirectoryAccountCannotTakeOverALocalOne() {
    // the directory has an «admin» too, with its own password
    assertThat(
            http()
                .webappLogin("admin", "admin", DirectorioDePrueba.ADMIN_DEL_DIRECTORIO.clave())
                .statusCode())
        .isEqualTo(401);
    assertThat(http().webappLogin("tasklist", "admin", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void adminListsLocalAndDirectoryPeoplePageByPage() {
    IdentityService identidades = engine.getIdentityService();
    long todos = identidades.createUserQuery().count();
    List<String> ids =
        identidades.createUserQuery().orderByUserId().asc().list().stream()
            .map(User::getId)
            .toList();

    assertThat(ids)
        .hasSize((int) todos)
        .contains("dideco", DirectorioDePrueba.MARTA.uid())
        .doesNotHaveDuplicates();
    List<String> porPaginas = new java.util.ArrayList<>();
    for (int desde = 0; desde < todos; desde += 7) {
      identidades.createUserQuery().orderByUserId().asc().listPage(desde, 7).stream()
          .map(User::getId)
          .forEach(porPaginas::add);
    }
    assertThat(porPaginas).containsExactlyInAnyOrderElementsOf(ids);
    HttpResponse<String> enAdmin =
        http().getAs("admin", "demo", "/engine-rest/user?firstName=Marta&maxResults=50");
    assertThat(enAdmin.statusCode()).as(enAdmin.body()).isEqualTo(200);
    assertThat(enAdmin.body())
        .contains("\"id\":\"mrojas\"")
        .contains(DirectorioDePrueba.MARTA.correo());
  }

  /**
   * La Serena's one convenio in approval (a comuna has one at a time): its first task, for DIDECO,
   * stays open until the browser walk, the last test, completes it.
   */
  private static String convenio;

  private String convenio() {
    if (convenio == null) {
      convenio = iniciar(Registro.laSerena());
    }
    return convenio;
  }

  private String iniciar(Map<String, Object> registro) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro)
        .getBusinessKey();
  }

  private Task tarea(String convenio, String clave) {
    return tareasDe(convenio, clave).singleResult();
  }

  private long tareas(String convenio, String clave) {
    return tareasDe(convenio, clave).count();
  }

  private TaskQuery tareasDe(String convenio, String clave) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .taskDefinitionKey(clave);
  }
}
