package org.factline.ingest.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader delivers, in order, for tests of the HTML, feed and WARC readers. */
final class RecordingSink implements ReadSink {

    record Failure(String location, String reason) {
    }

    final List<RawArticle> articles = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void failure(String location, String reason) {
        failures.add(new Failure(location, reason));
    }

    List<String> paragraphs(int article) {
        return List.of(articles.get(article).body().split("\n\n"));
    }
}
