package dk.kea.cars.standalone;

import java.util.concurrent.ThreadLocalRandom;

/** Unique, valid names so tests never collide with each other or with the seed. */
final class Names {

    private Names() {
    }

    /** A capitalised word of ten random letters, e.g. "Qhzkeamvtr". */
    static String randomWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            char letter = (char) ('a' + ThreadLocalRandom.current().nextInt(26));
            word.append(i == 0 ? Character.toUpperCase(letter) : letter);
        }
        return word.toString();
    }
}
