package org.factline.app;

/** Text from articles made safe for a terminal: no control characters (escape sequences) pass through. */
final class Terminal {

    private Terminal() {
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
