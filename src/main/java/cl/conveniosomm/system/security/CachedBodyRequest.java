package cl.conveniosomm.system.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body was read once so a filter could inspect it, and is replayed downstream. */
public class CachedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final boolean truncated;

  public CachedBodyRequest(HttpServletRequest request) throws IOException {
    this(request, Integer.MAX_VALUE - 8);
  }

  /** Reads at most {@code maxBytes}; {@link #truncated()} tells whether the body was longer. */
  public CachedBodyRequest(HttpServletRequest request, int maxBytes) throws IOException {
    super(request);
    byte[] read = request.getInputStream().readNBytes(maxBytes + 1);
    this.truncated = read.length > maxBytes;
    this.body = truncated ? new byte[0] : read;
  }

  public byte[] body() {
    return body;
  }

  /**
   * Whether the body was longer than the limit it was read with (then {@link #body()} is empty).
   */
  public boolean truncated() {
    return truncated;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous replay only");
      }

      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
