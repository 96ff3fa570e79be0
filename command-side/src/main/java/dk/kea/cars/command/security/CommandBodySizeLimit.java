package dk.kea.cars.command.security;

import dk.kea.cars.platform.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses request bodies above {@code kea.security.max-body-size} (default 64KB) on the command side's writes with
 * 413, before security or any controller spends work on them. A declared {@code Content-Length} above the limit is
 * refused without reading; a body of unknown length (chunked) is read through a stream that stops after
 * {@code limit + 1} bytes, so at most the limit is ever held, and more than the limit is 413 as well.
 * Runs before the Spring Security filter chain (order -100).
 * <p>
 * One exception: a model created with its image ({@code POST /api/models} as {@code multipart/form-data}) may carry
 * the image, so its body may be {@code kea.images.max-size} (5MB) larger; the image's own limit is checked when the
 * form is read (413 as well).
 */
@Component
public class CommandBodySizeLimit extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security's {@code springSecurityFilterChain} (-100). */
    static final int ORDER = -110;
    private static final Set<String> WRITES = Set.of(HttpMethod.POST.name(), HttpMethod.PUT.name(),
            HttpMethod.PATCH.name(), HttpMethod.DELETE.name());

    private static final String MODELS = "/api/models";

    private final long limit;
    private final long modelWithImageLimit;

    public CommandBodySizeLimit(@Value("${kea.security.max-body-size:64KB}") String maxBodySize,
                                @Value("${kea.images.max-size:5MB}") String maxImageSize) {
        this.limit = DataSize.parse(maxBodySize.trim()).toBytes();
        this.modelWithImageLimit = limit + DataSize.parse(maxImageSize.trim()).toBytes();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The requests command-side serves (spec §2): writes on /api/** other than auth, public and audit. */
    static boolean commandWrite(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return WRITES.contains(request.getMethod())
                && uri.startsWith("/api/")
                && !uri.startsWith("/api/auth/")
                && !uri.startsWith("/api/public/")
                && !uri.startsWith("/api/audit/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !commandWrite(request);
    }

    /** The fields of a model's form plus its image; only there is a multipart body accepted at all. */
    private long limitOf(HttpServletRequest request) {
        return modelWithImage(request) ? modelWithImageLimit : limit;
    }

    static boolean modelWithImage(HttpServletRequest request) {
        String contentType = request.getContentType();
        return HttpMethod.POST.matches(request.getMethod()) && MODELS.equals(request.getRequestURI())
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > allowed) {
            tooLarge(request, response, allowed);
            return;
        }
        if (declared >= 0 || modelWithImage(request)) {
            // the container never hands out more than the declared length; a multipart body is read by the
            // container's own parser, not through a wrapper, so one of unknown length is bounded by its limits
            // (spring.servlet.multipart.*: each part at most the image size, the whole at most max-request-size)
            chain.doFilter(request, response);
            return;
        }
        byte[] body = new LimitedStream(request.getInputStream(), allowed).readAllWithinLimit();
        if (body == null) {
            tooLarge(request, response, allowed);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limit + " bytes", ProblemResponses.plainPath(request));
    }

    /** Reads a body of unknown length, giving up as soon as it grows beyond the limit. */
    private static final class LimitedStream {
        private final InputStream in;
        private final long limit;

        LimitedStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The whole body, or {@code null} when it is longer than the limit (the rest is never read). */
        byte[] readAllWithinLimit() throws IOException {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return read.length > limit ? null : read;
        }
    }

    /** The request with its (already bounded) body replayed from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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
                    // the whole (bounded) body is in memory already: it is available at once, and then complete
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (java.io.IOException failure) {
                        listener.onError(failure);
                    }
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
}
