package org.factline.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Transparent reading of gzip-compressed inputs (news dumps often come as {@code .jsonl.gz}). */
final class Gzip {

    private Gzip() {
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The stream itself, or its decompressed content when it starts with the gzip magic number. */
    static InputStream maybeDecompress(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 65536);
        buffered.mark(2);
        byte[] head = buffered.readNBytes(2);
        buffered.reset();
        return isGzip(head) ? new GZIPInputStream(buffered, 65536) : buffered;
    }
}
