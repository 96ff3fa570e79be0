package dk.kea.cars.standalone;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser's FormData sends it: text fields and files, each a part. */
final class MultipartForm {

    private final String boundary = "----KeaFormBoundary" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean finished;

    MultipartForm field(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n",
                value.getBytes(StandardCharsets.UTF_8));
    }

    MultipartForm file(String name, String fileName, String contentType, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n", content);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        if (!finished) {
            write("--" + boundary + "--\r\n");
            finished = true;
        }
        return body.toByteArray();
    }

    private MultipartForm part(String headers, byte[] content) {
        write("--" + boundary + "\r\n" + headers + "\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
