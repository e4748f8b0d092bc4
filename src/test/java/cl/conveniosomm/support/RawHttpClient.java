package cl.conveniosomm.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written byte for byte, from a chosen loopback address (127.0.0.2 is another client than
 * 127.0.0.1 to the server): for headers a well-behaved client would not send, and for tests that
 * need two client addresses. Keeps cookies and the webapps' CSRF token like a browser.
 */
public class RawHttpClient {

  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
  private static final Pattern SET_COOKIE =
      Pattern.compile("(?im)^Set-Cookie: ([^=;\\s]+)=([^;\\r\\n]*)");
  private static final Pattern CSRF = Pattern.compile("(?im)^X-XSRF-TOKEN: ([^\\r\\n]+)");

  private final String fromAddress;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken = "";

  public RawHttpClient(String fromAddress, int port) {
    this.fromAddress = fromAddress;
    this.port = port;
  }

  public record Response(int status, String head, String body) {
    public Optional<String> header(String name) {
      Matcher matcher =
          Pattern.compile("(?im)^" + Pattern.quote(name) + ": ([^\\r\\n]*)").matcher(head);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  /** GET with this exact Authorization header value. */
  public Response getWithAuthorization(String path, String authorization) {
    return send("GET", path, null, "Authorization", authorization);
  }

  /** Logs in to a Camunda webapp the way its login page does. */
  public Response webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    return send(
        "POST",
        "/camunda/api/admin/auth/user/default/login/" + app,
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "X-XSRF-TOKEN",
        csrfToken);
  }

  public Response send(String method, String path, String body, String... headers) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\n")
            .append("Host: localhost:")
            .append(port)
            .append("\r\n")
            .append("Connection: close\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (!cookies.isEmpty()) {
      request
          .append("Cookie: ")
          .append(
              String.join(
                  "; ",
                  cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()))
          .append("\r\n");
    }
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(fromAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String body = end < 0 ? "" : raw.substring(end + 4);
    Matcher status = STATUS.matcher(head);
    if (!status.find()) {
      throw new IllegalStateException("Not an HTTP response: " + raw);
    }
    Matcher cookie = SET_COOKIE.matcher(head);
    while (cookie.find()) {
      cookies.put(cookie.group(1), cookie.group(2));
    }
    Matcher csrf = CSRF.matcher(head);
    if (csrf.find() && !List.of("Required").contains(csrf.group(1).trim())) {
      csrfToken = csrf.group(1).trim();
    }
    return new Response(Integer.parseInt(status.group(1)), head, body);
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
