package dk.kea.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * A minimal HTTP/1.1 keep-alive client over a plain socket, as a load generator needs: requests are prepared bytes,
 * bodies are read and dropped, and little is allocated per request beyond the status line and headers, so that on
 * cores shared with the server the generator takes as little CPU as it can (wrk's approach, in Java, so that the
 * smoke run in {@code ./mvnw verify} needs nothing installed).
 */
public final class HttpConnection implements ClosedLoop.Call {

    private final String host;
    private final int port;
    private final Supplier<byte[]> requests;
    private final IntPredicate success;
    private final byte[] buffer = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int position;
    private int limit;
    private boolean closeAfterResponse;

    /** {@code requests} prepares each request ({@link #request}); a call succeeds if {@code success} takes its status. */
    public HttpConnection(URI base, Supplier<byte[]> requests, IntPredicate success) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.requests = requests;
        this.success = success;
    }

    /** The bytes of one request; {@code body} may be null. */
    public static byte[] request(URI base, String method, String path, Map<String, String> headers, String body) {
        StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Accept: application/json\r\n");
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            text.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        byte[] head = text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    @Override
    public boolean call() throws IOException {
        return success.test(exchange(requests.get()));
    }

    /** Sends one request and reads the whole answer; returns its status. */
    public int exchange(byte[] request) throws IOException {
        try {
            connectIfNeeded();
            out.write(request);
            out.flush();
            int status = readResponse();
            if (closeAfterResponse) {
                close();
            }
            return status;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection; the next call opens a new one
            }
        }
        socket = null;
    }

    private void connectIfNeeded() throws IOException {
        if (socket != null) {
            return;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(120_000);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        position = 0;
        limit = 0;
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        closeAfterResponse = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closeAfterResponse = value.contains("close");
                default -> {
                }
            }
        }
        if (chunked) {
            skipChunks();
        } else if (contentLength > 0) {
            skip(contentLength);
        }
        return status;
    }

    private void skipChunks() throws IOException {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            skip(size);
            readLine();
        }
        while (!readLine().isEmpty()) {
            // trailers
        }
    }

    private long chunkSize() throws IOException {
        String line = readLine();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            fillIfEmpty();
            int taken = (int) Math.min(left, limit - position);
            position += taken;
            left -= taken;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            fillIfEmpty();
            byte next = buffer[position++];
            if (next == '\n') {
                int length = line.length();
                return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
            }
            line.append((char) next);
        }
    }

    private void fillIfEmpty() throws IOException {
        if (position < limit) {
            return;
        }
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            throw new IOException("Connection closed by the server");
        }
    }
}
