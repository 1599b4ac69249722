package org.convene.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the form {@code --name value}, with defaults. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options come as --name value; got " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
