package org.factline.app;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the user is watching: standard output goes to a terminal, not to a file or a pipe. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Whether standard input and output are a terminal. Java 22 and later may return a console for redirected
     * streams and say so with {@code Console.isTerminal()}, which Java 21 lacks: it is asked for when present.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console is a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether text may be set in bold: on a terminal that can show it, unless the user asked for plain text with
     * the {@code NO_COLOR} convention (https://no-color.org).
     */
    static boolean bold() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }
}
