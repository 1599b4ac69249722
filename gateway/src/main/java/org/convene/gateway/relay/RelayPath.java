package org.convene.gateway.relay;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for a request path the gateway will act on, read as the client sent it (still
 * percent-encoded): plain segments of URL characters only. A path that could name another host
 * (an {@code @}, a backslash, an empty segment), climb out of its prefix (a {@code .} or
 * {@code ..} segment, an encoded dot or slash) or smuggle a header (a control character, raw or
 * encoded) is refused before it is used; the gateway has no route that needs any of these.
 */
public final class RelayPath {

    /** RFC 3986 path characters, less the {@code @} and {@code :} that can start an authority. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=/%]*");
    private static final Pattern ESCAPE = Pattern.compile("%(..)");

    private RelayPath() {
    }

    /** Why the raw path is refused, or empty when it may be used. */
    public static Optional<String> problem(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.of("a path starts with /");
        }
        if (!ALLOWED.matcher(rawPath).matches()) {
            return Optional.of("the path holds a character that no route uses (such as @, :, \\ or a control character)");
        }
        Matcher escape = ESCAPE.matcher(rawPath);
        while (escape.find()) {
            int code = hex(escape.group(1));
            if (code < 0 || code < 0x20 || code == 0x7f || code == '.' || code == '/' || code == '\\' || code == '%') {
                return Optional.of("the path holds an encoded dot, slash, backslash, percent or control character");
            }
        }
        if (rawPath.endsWith("%") || rawPath.matches(".*%.?$")) {
            return Optional.of("the path ends in an unfinished escape");
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("the path holds a . or .. segment");
            }
        }
        if (rawPath.contains("//")) {
            return Optional.of("the path holds an empty segment");
        }
        return Optional.empty();
    }

    /** Whether a raw query string may be passed on: it is already encoded, but must hold no raw control character or space. */
    public static boolean queryAllowed(String rawQuery) {
        return rawQuery == null || rawQuery.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '#' && c != '\\');
    }

    private static int hex(String digits) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
