package org.factline.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.factline.model.SourceRef;

/**
 * Plain-text articles: one article per file, optionally gzip-compressed. Header lines
 * ({@code date 2025-04-26}, {@code url https://…}) stay in the body; the shared preparation stage reads
 * them, because files put them in more shapes than a reader should know about.
 */
public final class TextReader implements ArticleReader {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void read(InputSource input, ReadLimits limits, ReadSink sink) throws IOException, BadInputException {
        byte[] bytes = readBounded(input, limits);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, input.name());
        sink.article(new RawArticle(input.docName(), new SourceRef(input.name(), format()), null,
                decoded.text(), null, null, null, null, null, null, java.util.List.of(), decoded.warnings()));
    }

    /** The (decompressed) content, refused by name when over the article size limit. */
    static byte[] readBounded(InputSource input, ReadLimits limits) throws IOException, BadInputException {
        try (InputStream in = Gzip.maybeDecompress(input.open())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > limits.maxArticleBytes()) {
                    throw new BadInputException(input.name(), limits.tooLarge());
                }
            }
            return out.toByteArray();
        } catch (java.io.EOFException e) {
            throw new BadInputException(input.name(), "truncated gzip data: " + e.getMessage(), e);
        } catch (java.util.zip.ZipException e) {
            throw new BadInputException(input.name(), "corrupt gzip data: " + e.getMessage(), e);
        }
    }
}
