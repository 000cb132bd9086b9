package org.factline.ingest;

import java.util.List;
import org.factline.ingest.read.InputSource;
import org.factline.model.Article;

/** What an {@link Ingestor} tells as it goes: the inputs, each article, each failure, each warning. */
public interface IngestListener {

    /** The inputs about to be read, once, before the first. */
    default void inputs(List<InputSource> inputs) {
    }

    /** An input is done (whatever became of its records). */
    default void inputDone(InputSource input) {
    }

    /** An article was read and prepared. Throw {@link IngestStopped} to stop reading: nothing more is read. */
    void article(Article article);

    /** An input, or a record in it, could not be read; the rest goes on. */
    void failure(String location, String reason);

    /** Something worth knowing that did not stop the article. */
    default void warning(String location, String message) {
    }
}
