package dk.kea.cars.command.web;

import dk.kea.cars.api.common.Rejection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the version a client expects from {@code If-Match: "<version>"}; {@code *} or no header means any. */
public final class IfMatch {

    private static final Pattern VERSION_TAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})\"\\s*$");

    private IfMatch() {
    }

    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION_TAG.matcher(header);
        if (!matcher.matches()) {
            throw Rejection.versionMismatch("If-Match must be a version tag such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
