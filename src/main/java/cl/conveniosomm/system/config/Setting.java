package cl.conveniosomm.system.config;

/** One configurable setting: the environment variable operators set and the property it feeds. */
record Setting(String variable, String property) {

  static final Setting DB_URL = new Setting("OMM_DB_URL", "spring.datasource.url");
  static final Setting DB_USER = new Setting("OMM_DB_USER", "spring.datasource.username");
  static final Setting SMTP_HOST = new Setting("OMM_SMTP_HOST", "spring.mail.host");
  static final Setting SMTP_PORT = new Setting("OMM_SMTP_PORT", "spring.mail.port");
  static final Setting SMTP_STARTTLS =
      new Setting("OMM_SMTP_STARTTLS", "spring.mail.properties.mail.smtp.starttls.enable");
  static final Setting MAIL_TRANSPORT = new Setting("OMM_MAIL_TRANSPORT", "omm.mail.transport");
  static final Setting MAIL_FROM = new Setting("OMM_MAIL_FROM", "omm.mail.from");
  static final Setting PUBLIC_URL = new Setting("OMM_PUBLIC_URL", "omm.public-url");
  static final Setting SECURE_COOKIES = new Setting("OMM_SECURE_COOKIES", "omm.secure-cookies");
  static final Setting ADMIN_USER = new Setting("OMM_ADMIN_USER", "camunda.bpm.admin-user.id");
  static final Setting ADMIN_PASSWORD =
      new Setting("OMM_ADMIN_PASSWORD", "camunda.bpm.admin-user.password");

  static final Setting OIDC_ISSUER = new Setting("OMM_OIDC_ISSUER", "omm.oidc.issuer");
  static final Setting OIDC_CLAVE =
      new Setting("OMM_OIDC_CLAVE_SEUDONIMO", "omm.oidc.clave-seudonimo");
  static final Setting OIDC_CLIENTE_ID = new Setting("OMM_OIDC_CLIENTE_ID", "omm.oidc.cliente-id");
  static final Setting OIDC_CLIENTE_SECRETO =
      new Setting("OMM_OIDC_CLIENTE_SECRETO", "omm.oidc.cliente-secreto");
  static final Setting OIDC_BASIC = new Setting("OMM_OIDC_BASIC_ACTIVO", "omm.oidc.basic-activo");

  static final Setting LDAP_URL = new Setting("OMM_LDAP_URL", "omm.ldap.url");
  static final Setting LDAP_BASE_DN = new Setting("OMM_LDAP_BASE_DN", "omm.ldap.base-dn");
  static final Setting LDAP_GRUPOS = new Setting("OMM_LDAP_GRUPOS", "omm.ldap.grupos");
  static final Setting LDAP_COMUNA = new Setting("OMM_LDAP_COMUNA", "omm.ldap.comuna");

  static final Setting FIRMA_COMUNAS = new Setting("OMM_FIRMA_COMUNAS", "omm.firma.comunas");
  static final Setting FIRMAGOB_URL =
      new Setting("OMM_FIRMA_FIRMAGOB_URL", "omm.firma.firmagob.url");
  static final Setting FIRMAGOB_ENTIDAD =
      new Setting("OMM_FIRMA_FIRMAGOB_ENTIDAD", "omm.firma.firmagob.entidad");
  static final Setting FIRMAGOB_API_TOKEN_KEY =
      new Setting("OMM_FIRMA_FIRMAGOB_API_TOKEN_KEY", "omm.firma.firmagob.api-token-key");
  static final Setting FIRMAGOB_SECRETO =
      new Setting("OMM_FIRMA_FIRMAGOB_SECRETO", "omm.firma.firmagob.secreto");
  static final Setting FIRMAGOB_RUN_ALCALDE =
      new Setting("OMM_FIRMA_FIRMAGOB_RUN_ALCALDE", "omm.firma.firmagob.run-alcalde");
  static final Setting FIRMAGOB_RUN_SECRETARIO =
      new Setting("OMM_FIRMA_FIRMAGOB_RUN_SECRETARIO", "omm.firma.firmagob.run-secretario");
  static final Setting PKCS12_ALCALDE =
      new Setting("OMM_FIRMA_PKCS12_ALCALDE_ARCHIVO", "omm.firma.pkcs12.alcalde-archivo");
  static final Setting PKCS12_SECRETARIO =
      new Setting("OMM_FIRMA_PKCS12_SECRETARIO_ARCHIVO", "omm.firma.pkcs12.secretario-archivo");

  String problem(String what) {
    return variable + " (" + property + "): " + what;
  }
}
