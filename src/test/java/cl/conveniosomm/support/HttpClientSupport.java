package cl.conveniosomm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP against the running app, as a browser or a REST client would call it. */
public class HttpClientSupport {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  /** The webapps' CSRF token, as their last response handed it out. */
  private String csrfToken = "";

  public HttpClientSupport(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /**
   * A state-changing call to a webapp API, with the session's CSRF token as the webapps send it.
   */
  public HttpResponse<String> webappPost(String path, String json) {
    return postJson(path, json, "X-XSRF-TOKEN", csrfToken);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public HttpResponse<String> getAs(String user, String password, String path) {
    return get(path, "Authorization", basic(user, password));
  }

  public HttpResponse<byte[]> downloadAs(String user, String password, String path) {
    return download(path, "Authorization", basic(user, password));
  }

  /** A download, its body byte for byte (a String body would mangle a binary file). */
  public HttpResponse<byte[]> download(String path, String... headers) {
    try {
      return client.send(
          request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method with a JSON body (none when empty). */
  public HttpResponse<String> send(String method, String path, String json, String... headers) {
    HttpRequest.Builder builder = request(path, headers);
    return send(
        json.isEmpty()
            ? builder.method(method, HttpRequest.BodyPublishers.noBody())
            : builder
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postJsonAs(String user, String password, String path, String json) {
    return postJson(path, json, "Authorization", basic(user, password));
  }

  public HttpResponse<String> putJsonAs(String user, String password, String path, String json) {
    return send(
        request(path, "Authorization", basic(user, password))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart upload of one file in the field {@code archivo}. */
  public HttpResponse<String> upload(
      String path, String fileName, byte[] content, String contentType, String... headers) {
    String boundary = "----convenios" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        request(path, headers)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** The webapps' CSRF token this client holds, as their login page keeps it. */
  public String webappCsrfToken() {
    return csrfToken;
  }

  public String csrfCookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElse("");
  }

  public String cookies() {
    return cookies.getCookieStore().getCookies().toString();
  }

  public HttpResponse<String> postForm(String path, String form, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /**
   * Logs in to a Camunda webapp the way its login page does; the session cookie stays in this
   * client.
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    HttpResponse<String> login =
        postForm(
            "/camunda/api/admin/auth/user/default/login/" + app,
            "username=" + encode(user) + "&password=" + encode(password),
            "X-XSRF-TOKEN",
            csrfToken);
    get("/camunda/api/admin/auth/user/default");
    return login;
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      // a refused call answers "Required" in the same header
      response
          .headers()
          .firstValue("X-XSRF-TOKEN")
          .filter(token -> !token.equals("Required"))
          .ifPresent(token -> csrfToken = token);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
