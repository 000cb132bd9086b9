package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
                 xmlns:media="http://search.yahoo.com/mrss/">
              <channel>
                <title>Le Temps - Monde</title>
                <link>https://www.letemps.ch/monde</link>
                <atom:link href="https://www.letemps.ch/monde.rss" rel="self"/>
                <language>fr-ch</language>
                <image><title>Logo du Temps</title><url>https://www.letemps.ch/logo.png</url></image>
                <item>
                  <title>Zelensky affirme que des soldats nord-coréens combattent à nouveau</title>
                  <link>https://www.letemps.ch/monde/zelensky-coreens</link>
                  <guid isPermaLink="false">letemps-2025-02-07-1234</guid>
                  <pubDate>Fri, 07 Feb 2025 21:30:00 +0100</pubDate>
                  <dc:creator>AFP</dc:creator>
                  <media:title>Photo d'illustration</media:title>
                  <description>Résumé court de l'article.</description>
                  <content:encoded><![CDATA[
                    <p>Volodymyr Zelensky a affirmé vendredi 7 février que des militaires nord-coréens combattaient à nouveau.</p>
                    <figure><img src="z.jpg"><figcaption>Volodymyr Zelensky, à Kiev. KEYSTONE</figcaption></figure>
                    <h2>Des pertes lourdes</h2>
                    <p>Kiev avait annoncé leur retrait le 31&nbsp;janvier.</p>
                  ]]></content:encoded>
                </item>
                <item>
                  <title>Séoul chiffre les pertes &amp;amp; les blessés</title>
                  <link>https://www.letemps.ch/monde/seoul-pertes</link>
                  <dc:date>2025-02-04T08:00:00Z</dc:date>
                  <description>Les services sud-coréens estiment les pertes à environ 1100 soldats.

            Aucun soldat n'aurait été engagé depuis la mi-janvier.</description>
                </item>
                <item>
                  <title>Une photo sans texte</title>
                  <link>https://www.letemps.ch/monde/photo</link>
                  <description><![CDATA[<img src="photo.jpg">]]></description>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
              <title type="html">Kyiv &amp;amp; Moscow Wire</title>
              <id>tag:wire.example,2025:feed</id>
              <updated>2025-04-27T10:00:00Z</updated>
              <entry>
                <title>Russia says it retook all of Kursk</title>
                <link rel="self" href="https://wire.example/api/1"/>
                <link rel="alternate" type="text/html" href="https://wire.example/2025/04/26/kursk"/>
                <id>https://wire.example/2025/04/26/kursk</id>
                <published>2025-04-26T18:00:00Z</published>
                <updated>2025-04-27T09:00:00Z</updated>
                <summary>Short summary.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
                  <p>Russia's chief of staff said on Saturday that the Kursk region was fully retaken.</p>
                  <p>It was the first official confirmation of <em>North Korean</em> troops.</p>
                </div></content>
              </entry>
              <entry xml:lang="fr">
                <title>Moscou confirme</title>
                <link href="https://wire.example/fr/moscou"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2025-04-27T09:30:00Z</updated>
                <content type="html">&lt;p&gt;Moscou a confirmé la présence de soldats nord-coréens.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Plain</title>
                <content>Plain text content,
                  wrapped over two lines.</content>
              </entry>
            </feed>
            """;

    private static RecordingSink read(String name, String xml) throws Exception {
        return read(name, xml, ReadLimits.defaults());
    }

    private static RecordingSink read(String name, String xml, ReadLimits limits) throws Exception {
        RecordingSink sink = new RecordingSink();
        new FeedReader().read(InputSource.of(name, xml.getBytes(StandardCharsets.UTF_8)), limits, sink);
        return sink;
    }

    @Test
    void each_rss_item_is_an_article_with_content_encoded_preferred_over_description() throws Exception {
        RecordingSink sink = read("feeds/monde.rss", RSS);

        RawArticle first = sink.articles.getFirst();
        assertThat(first.body()).isEqualTo("Volodymyr Zelensky a affirmé vendredi 7 février que des militaires"
                + " nord-coréens combattaient à nouveau.\n\nDes pertes lourdes\n\nKiev avait annoncé leur retrait le"
                + " 31\u00A0janvier.");
        assertThat(first.removed()).containsExactly(new Removal(Removal.Kind.CAPTION, "Volodymyr Zelensky, à Kiev. KEYSTONE"));
        assertThat(first.title()).isEqualTo("Zelensky affirme que des soldats nord-coréens combattent à nouveau");
        assertThat(first.url()).isEqualTo("https://www.letemps.ch/monde/zelensky-coreens");
        assertThat(first.sourceId()).isEqualTo("letemps-2025-02-07-1234");
        assertThat(first.doc()).isEqualTo("letemps-2025-02-07-1234");
        assertThat(first.published()).isEqualTo("Fri, 07 Feb 2025 21:30:00 +0100");
        assertThat(first.publishedBasis()).isEqualTo(PublicationDate.Basis.METADATA);
        assertThat(first.outlet()).isEqualTo("Le Temps - Monde");
        assertThat(first.lang()).isEqualTo("fr");
        assertThat(first.source().location()).isEqualTo("feeds/monde.rss#item1");
        assertThat(first.source().format()).isEqualTo("feed");
    }

    @Test
    void an_rss_item_with_only_a_plain_description_keeps_its_paragraphs_and_is_named_by_position() throws Exception {
        RawArticle second = read("feeds/monde.rss", RSS).articles.get(1);

        assertThat(second.body()).isEqualTo("Les services sud-coréens estiment les pertes à environ 1100 soldats."
                + "\n\nAucun soldat n'aurait été engagé depuis la mi-janvier.");
        assertThat(second.title()).isEqualTo("Séoul chiffre les pertes & les blessés");
        assertThat(second.published()).isEqualTo("2025-02-04T08:00:00Z");
        assertThat(second.sourceId()).isNull();
        assertThat(second.doc()).isEqualTo("monde-2");
        assertThat(second.source().location()).isEqualTo("feeds/monde.rss#item2");
    }

    @Test
    void an_rss_item_without_text_is_a_failure_and_the_other_items_go_on() throws Exception {
        RecordingSink sink = read("feeds/monde.rss", RSS);

        assertThat(sink.articles).hasSize(2);
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo("feeds/monde.rss#item3");
            assertThat(failure.reason()).startsWith("no text in feed item");
        });
    }

    @Test
    void atom_entries_take_content_else_summary_their_alternate_link_and_published_else_updated() throws Exception {
        RecordingSink sink = read("wire.atom", ATOM);

        assertThat(sink.failures).isEmpty();
        RawArticle first = sink.articles.get(0);
        assertThat(first.body()).isEqualTo("Russia's chief of staff said on Saturday that the Kursk region was fully"
                + " retaken.\n\nIt was the first official confirmation of North Korean troops.");
        assertThat(first.url()).isEqualTo("https://wire.example/2025/04/26/kursk");
        assertThat(first.doc()).isEqualTo("wire.example_2025_04_26_kursk");
        assertThat(first.sourceId()).isEqualTo("https://wire.example/2025/04/26/kursk");
        assertThat(first.published()).isEqualTo("2025-04-26T18:00:00Z");
        assertThat(first.outlet()).isEqualTo("Kyiv & Moscow Wire");
        assertThat(first.lang()).isEqualTo("en");

        RawArticle second = sink.articles.get(1);
        assertThat(second.body()).isEqualTo("Moscou a confirmé la présence de soldats nord-coréens.");
        assertThat(second.url()).isEqualTo("https://wire.example/fr/moscou");
        assertThat(second.doc()).isEqualTo("1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        assertThat(second.published()).isEqualTo("2025-04-27T09:30:00Z");
        assertThat(second.lang()).isEqualTo("fr");

        RawArticle third = sink.articles.get(2);
        assertThat(third.body()).isEqualTo("Plain text content, wrapped over two lines.");
        assertThat(third.doc()).isEqualTo("wire-3");
        assertThat(third.published()).isNull();
        assertThat(third.publishedBasis()).isNull();
    }

    @Test
    void input_that_is_not_xml_is_refused_with_the_parser_message_and_place() {
        assertThatThrownBy(() -> read("news.rss", "Russia says it retook Kursk.\n"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.location()).isEqualTo("news.rss");
                    assertThat(e.reason()).startsWith("not XML: ").contains("at line 1, column 1");
                });
    }

    @Test
    void xml_that_is_neither_rss_nor_atom_is_refused_naming_its_root_element() {
        assertThatThrownBy(() -> read("sitemap.xml", "<?xml version=\"1.0\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url/></urlset>"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.location()).isEqualTo("sitemap.xml");
                    assertThat(e.reason()).isEqualTo("not an RSS or Atom feed: root element <urlset>");
                });
    }

    @Test
    void a_feed_broken_half_way_delivers_the_items_before_the_break_then_fails_with_the_place() throws Exception {
        String broken = "<rss><channel><title>T</title>"
                + "<item><title>Un</title><description>Premier texte.</description></item>\n"
                + "<item><title>Deux</title><description>Texte <b>mal fermé</description></item>"
                + "</channel></rss>";
        RecordingSink sink = new RecordingSink();

        assertThatThrownBy(() -> new FeedReader().read(InputSource.of("cut.rss", broken.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults(), sink))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason())
                        .startsWith("malformed XML: ").contains("at line 2").endsWith("after 1 items"));
        assertThat(sink.articles).extracting(RawArticle::body).containsExactly("Premier texte.");
    }

    @Test
    void external_entities_are_never_resolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + "<rss><channel><item><title>x</title><description>&secret;</description></item></channel></rss>";
        assertThatThrownBy(() -> read("xxe.rss", xxe))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).contains("secret"));
    }

    @Test
    void an_item_over_the_size_limit_is_refused_by_name_and_the_others_go_on() throws Exception {
        String feed = "<rss><channel><title>T</title>"
                + "<item><guid>long</guid><description>" + "Très long texte. ".repeat(200) + "</description></item>"
                + "<item><guid>short</guid><description>Texte court.</description></item>"
                + "</channel></rss>";

        RecordingSink sink = read("limits.rss", feed, new ReadLimits(1000));

        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly("short");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo("limits.rss#item1");
            assertThat(failure.reason()).contains("over the size limit of 1000 bytes");
        });
    }
}
