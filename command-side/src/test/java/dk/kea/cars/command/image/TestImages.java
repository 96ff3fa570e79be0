package dk.kea.cars.command.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Bytes that start like the accepted formats (what is checked), with a body of noise. */
final class TestImages {

    private TestImages() {
    }

    static byte[] png(int size, long seed) {
        return withSignature(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, size, seed);
    }

    static byte[] jpeg(int size) {
        return withSignature(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, size, 2);
    }

    static byte[] gif(int size) {
        return withSignature("GIF89a".getBytes(StandardCharsets.US_ASCII), size, 3);
    }

    static byte[] webp(int size) {
        byte[] bytes = withSignature("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), size, 4);
        Arrays.fill(bytes, 4, 8, (byte) 0x24);
        return bytes;
    }

    private static byte[] withSignature(byte[] signature, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
