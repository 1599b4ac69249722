package org.convene.synthesis.themes;

import java.util.regex.Pattern;

/**
 * Hides e-mail addresses, web addresses and numbers of eight digits or more (phone numbers, NHS
 * and other personal numbers, with or without separators) before a text is quoted.
 */
public final class PersonalDataMask {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");
    private static final Pattern NUMBER = Pattern.compile("(?<!\\w)\\+?\\d[\\d ()./-]{6,}\\d(?!\\w)");

    private PersonalDataMask() {}

    public static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll("[email]");
        masked = URL.matcher(masked).replaceAll("[link]");
        return NUMBER.matcher(masked).replaceAll("[number]");
    }
}
