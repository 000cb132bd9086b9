package org.factline.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.factline.app.views.ExtractJson;
import org.factline.model.Analysis;

/**
 * The stored analysed articles in the extract contract (shared/EVAL.md), one JSON object per line: exactly the
 * lines {@code factline extract --format jsonl} prints for them, in report order (publication date, then name).
 */
final class JsonLines {

    private JsonLines() {
    }

    static Exports.Summary write(List<Analysis> analyses, Writer out) throws IOException {
        Exports.Tally tally = new Exports.Tally(Exports.Format.JSONL, "articles");
        for (Analysis a : analyses) {
            out.write(ExtractJson.line(a));
            out.write('\n');
            tally.written();
        }
        return tally.summary();
    }
}
