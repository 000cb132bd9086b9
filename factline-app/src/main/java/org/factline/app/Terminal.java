package org.factline.app;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * The terminal: whether the user is watching (standard output is a terminal, not a file or a pipe), and text
 * from articles made safe to print on one (no control characters, so no escape sequences, pass through).
 */
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

    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT && c != 0x200D) {
                b.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : '\uFFFD');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
