package org.factline.bench.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.bench.corpus.TextEdits.Edit;
import org.factline.model.Quantity;
import org.factline.model.Span;

/**
 * A figure scaled: its numbers rewritten in the text the way the text wrote them (French "3 000" and "3,5",
 * English "3,000" and "3.5"; as round as before: "3 000" × 1.37 is "4 000", "23" is "32"), and its value and bounds
 * moved with them ("environ 12 millions": 12 × 10⁶). A figure whose every number is not written in digits ("une
 * quinzaine", "dozens"), or whose value the digits do not explain, is left as it is.
 */
final class FigureRewrite {

    private static final Pattern FRENCH = Pattern.compile(
            "(?<![\\d,.])\\d{1,3}(?:[ \u00A0\u202F.]\\d{3})+(?:,\\d+)?(?![\\d])|(?<![\\d,.])\\d+(?:,\\d+)?(?![\\d])");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d])|(?<![\\d,.])\\d+(?:\\.\\d+)?(?![\\d])");
    private static final double[] MULTIPLIERS = {1, 1e3, 1e6, 1e9, 1e12};

    /** The figure's numbers once scaled, and the edits that write them. */
    record Scaled(List<Edit> edits, Double value, Double low, Double high) {
    }

    /** A number as the text writes it. */
    private record Written(Span span, double number, char thousands, char decimal, int decimals) {
    }

    private FigureRewrite() {
    }

    /** The figure scaled by {@code factor}, or empty when its words cannot be rewritten to say so. */
    static Optional<Scaled> scale(String text, Quantity q, String language, double factor) {
        if (q.value() == null) {
            return Optional.empty();
        }
        boolean french = language.equals("fr");
        List<Written> numbers = numbers(text, q.span(), french);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        double[] scaled = new double[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            scaled[i] = rounded(numbers.get(i), factor);
        }
        Double[] fields = {q.value(), q.low(), q.high()};
        Double[] moved = new Double[3];
        for (int f = 0; f < 3; f++) {
            if (fields[f] == null) {
                continue;
            }
            moved[f] = explained(fields[f], numbers, scaled);
            if (moved[f] == null) {
                return Optional.empty();
            }
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Written w = numbers.get(i);
            String now = format(scaled[i], w, french);
            if (!now.equals(w.span().of(text))) {
                edits.add(new Edit(w.span(), now));
            }
        }
        return Optional.of(new Scaled(edits, moved[0], moved[1], moved[2]));
    }

    /** The scaled field, when one of the written numbers, times a power of a thousand, is the field. */
    private static Double explained(double field, List<Written> numbers, double[] scaled) {
        for (int i = 0; i < numbers.size(); i++) {
            for (double m : MULTIPLIERS) {
                if (Math.abs(numbers.get(i).number() * m - field) <= 1e-9 * Math.max(1, Math.abs(field))) {
                    return scaled[i] * m;
                }
            }
        }
        return null;
    }

    private static List<Written> numbers(String text, Span span, boolean french) {
        List<Written> out = new ArrayList<>();
        Matcher m = (french ? FRENCH : ENGLISH).matcher(text).region(span.start(), span.end());
        char decimal = french ? ',' : '.';
        while (m.find()) {
            String s = m.group();
            int point = s.indexOf(decimal);
            char thousands = 0;
            for (char c : s.toCharArray()) {
                if (!Character.isDigit(c) && c != decimal) {
                    thousands = c;
                    break;
                }
            }
            String plain = s.replaceAll("[^\\d" + decimal + "]", "").replace(decimal, '.');
            out.add(new Written(new Span(m.start(), m.end()), Double.parseDouble(plain), thousands, decimal,
                    point < 0 ? 0 : s.length() - point - 1));
        }
        return out;
    }

    /** {@code w × factor}, as round as {@code w} was: the same decimals, or as many trailing zeros. */
    private static double rounded(Written w, double factor) {
        double x = w.number() * factor;
        if (w.number() == 0) {
            return 0;
        }
        if (w.decimals() > 0) {
            double r = BigDecimal.valueOf(x).setScale(w.decimals(), RoundingMode.HALF_UP).doubleValue();
            return r > 0 ? r : Math.pow(10, -w.decimals());
        }
        long n = Math.round(w.number());
        int zeros = 0;
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
            zeros++;
        }
        double unit = Math.pow(10, zeros);
        double r = Math.round(x / unit) * unit;
        return r > 0 ? r : unit;
    }

    private static String format(double x, Written w, boolean french) {
        String plain = BigDecimal.valueOf(x).setScale(w.decimals(), RoundingMode.HALF_UP).toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        // a number the text wrote without separator keeps none, unless it grows past what the language writes so
        int plainDigits = String.valueOf(Math.round(Math.floor(w.number()))).length();
        int separateFrom = french ? 5 : 4;
        char thousands = w.thousands() != 0 ? w.thousands()
                : plainDigits < separateFrom && whole.length() >= separateFrom ? (french ? '\u00A0' : ',') : 0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (thousands != 0 && i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(thousands);
            }
            b.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            b.append(w.decimal()).append(fraction);
        }
        return b.toString();
    }
}
