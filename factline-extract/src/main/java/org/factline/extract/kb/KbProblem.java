package org.factline.extract.kb;

/**
 * A line of a knowledge-base or dump file that could not be used, and why.
 *
 * @param file    the file's name
 * @param line    1-based line number
 * @param message what was wrong
 */
public record KbProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
