package org.convene.synthesis.themes;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data before a text is stored, quoted, labelled or sent anywhere: e-mail
 * addresses (with '+' tags too), web addresses, National Insurance numbers, NHS numbers, phone
 * numbers written with spaces, dashes or brackets, and UK postcodes. Each form has its own
 * placeholder, so a reader still sees what kind of thing was there.
 */
public final class PersonalDataMask {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");
    /** Two letters, six digits, a letter A to D; in pairs or not. */
    private static final Pattern NI_NUMBER = Pattern.compile("(?i)\\b[a-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[a-d]\\b");
    /** Ten digits as 3-3-4, with spaces, dashes or nothing between; never starts with 0 (phones do). */
    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![\\w+(])[1-9]\\d{2}([ -]?)\\d{3}\\1\\d{4}(?![\\w-])");
    /** A run of digits, spaces, dashes and brackets, with an optional country code; a phone if 8+ digits. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+(])(\\+|\\(\\s*)?\\d[\\d ()-]{6,}\\d(?!\\w)");
    /** Outward code (area, district) and inward code (sector, unit), e.g. LS1 4DY, SW1A 1AA, M1 1AE. */
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b[a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}\\b");
    private static final int PHONE_DIGITS = 8;

    private PersonalDataMask() {}

    public static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll("[email]");
        masked = URL.matcher(masked).replaceAll("[link]");
        masked = NI_NUMBER.matcher(masked).replaceAll("[NI number]");
        masked = NHS_NUMBER.matcher(masked).replaceAll("[NHS number]");
        masked = PHONE.matcher(masked).replaceAll(PersonalDataMask::phone);
        return POSTCODE.matcher(masked).replaceAll("[postcode]");
    }

    /** Years, ranges and ward numbers have fewer digits than a phone number: they stay. */
    private static String phone(MatchResult match) {
        long digits = match.group().chars().filter(Character::isDigit).count();
        return digits >= PHONE_DIGITS ? "[phone]" : Matcher.quoteReplacement(match.group());
    }
}
