package org.convene.bench;

import java.security.SecureRandom;

/** Numbers written in letters (a, b, ..., z, ba, bb, ...), for texts that must hold no digits. */
final class Words {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Words() {}

    /** n in base 26 with the letters a to z as digits. */
    static String of(int n) {
        StringBuilder word = new StringBuilder();
        int rest = n;
        do {
            word.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return word.toString();
    }

    /** A random word of that many letters. */
    static String random(int letters) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < letters; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }
}
