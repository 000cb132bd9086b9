package org.factline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content ids: the first 64 bits of the SHA-256 of the normalised text (Unicode NFKC, lower case, one
 * space for any white space, one apostrophe and one double quote for their typographic variants), so
 * that the same article read twice, from a file or a feed, with other line breaks, gets the same id.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[’‘ʼ`]", "'")
                .replaceAll("[“”«»„]", "\"")
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
