package org.factline.ingest.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short names for records that carry their own id (a feed item's guid, a WARC record id), usable as file names. */
final class DocName {

    private static final int MAX_LENGTH = 100;

    private DocName() {
    }

    /**
     * {@code https://example.org/2025/04/kursk?id=7} → {@code example.org_2025_04_kursk_id_7};
     * {@code urn:uuid:0f5e…} → {@code 0f5e…}. A long id keeps its start and gets a hash of the whole, so that
     * two ids that share a start stay apart. Null when nothing usable is left.
     */
    static String fromId(String id) {
        if (id == null) {
            return null;
        }
        String name = id.strip()
                .replaceFirst("(?i)^(?:https?://(?:www\\.)?|urn:uuid:|urn:|tag:)", "")
                .replaceAll("[^A-Za-z0-9._-]+", "_")
                .replaceAll("^[._-]+|[._-]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH - 13) + "-" + sha256(id).substring(0, 12);
        }
        return name.isEmpty() ? null : name;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
