package org.factline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.model.Article;
import org.factline.model.PublicationDate;

/**
 * An article in the output contract of {@code factline extract} (shared/EVAL.md), one JSON object per
 * line. This layer carries what ingest knows; the analysis layers join it as they are built.
 */
final class ExtractJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractJson() {
    }

    static String line(Article a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("doc", a.doc());
        o.put("id", a.id());
        o.put("lang", a.language().code());
        o.put("lang_analysable", a.language().analysable());
        PublicationDate p = a.published();
        o.put("published", p == null ? null : p.value());
        o.put("published_basis", p == null ? null : p.basis().label());
        o.put("published_precision", p == null ? null : p.precision().name().toLowerCase(java.util.Locale.ROOT));
        o.put("published_evidence", p == null ? null : p.evidence());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("source", a.source().location());
        o.put("format", a.source().format());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + a.doc(), e);
        }
    }
}
