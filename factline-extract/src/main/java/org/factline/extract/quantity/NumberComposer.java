package org.factline.extract.quantity;

/**
 * Composes a number from its words in order: 100 multiplies what comes before it, 1000 and above
 * close a group; a unit may follow a ten ("vingt-et-un", "twenty-one"), a teen may follow 60 or 80
 * ("soixante-dix-sept"), and anything smaller may follow a multiplier. Two numbers side by side
 * ("two three-year terms") are not composed.
 */
final class NumberComposer {
    private long total;
    private long current;
    private long last;
    private boolean afterMultiplier;
    private boolean any;

    boolean add(long v) {
        if (!any) {
            any = true;
            if (v >= 100) {
                afterMultiplier = true;
                if (v >= 1000) {
                    total = v;
                } else {
                    current = v;
                }
            } else {
                current = v;
                last = v;
            }
            return true;
        }
        if (v == 100) {
            if (current >= 100 || current == 0 && total > 0) {
                return false;
            }
            current = Math.max(current, 1) * 100;
            afterMultiplier = true;
            last = 0;
            return true;
        }
        if (v >= 1000) {
            if (current == 0 || total > 0 && total <= v * 1000 && total < v) {
                return false;
            }
            if (total > 0 && total < v) {
                return false;
            }
            total += current * v;
            current = 0;
            afterMultiplier = true;
            last = 0;
            return true;
        }
        boolean ok;
        if (afterMultiplier && last == 0) {
            ok = true;
        } else {
            ok = last >= 20 && last % 10 == 0 && v < 10 || (last == 60 || last == 80) && v < 20
                    || last == 10 && v >= 7 && v <= 9;
        }
        if (!ok) {
            return false;
        }
        current += v;
        last = v;
        return true;
    }

    long value() {
        return total + current;
    }
}
