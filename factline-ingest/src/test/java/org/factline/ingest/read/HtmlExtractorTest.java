package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    /** A news page as sites serve them: the article amid menus, banners, share buttons, links, ads and comments. */
    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="fr-CH">
            <head>
              <meta charset="utf-8">
              <title>La Russie affirme avoir repris toute la région de Koursk - Le Temps</title>
              <meta property="og:site_name" content="Le Temps">
              <meta property="og:type" content="article">
              <meta name="date" content="2025-04-25">
              <link rel="canonical" href="https://www.letemps.ch/monde/russie-koursk">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "@id": "https://www.letemps.ch/#website", "name": "Le Temps"},
                {"@type": "NewsArticle", "headline": "La Russie affirme avoir repris toute la région de Koursk",
                 "datePublished": "2025-04-26T18:42:00+02:00",
                 "publisher": {"@id": "https://www.letemps.ch/#org"}},
                {"@type": "NewsMediaOrganization", "@id": "https://www.letemps.ch/#org", "name": "Le Temps SA"}
              ]}
              </script>
              <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "article"});</script>
              <style>.share-buttons { display: flex; }</style>
            </head>
            <body>
              <div id="didomi-host"><div class="didomi-popup">
                <p>Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation,
                vous acceptez leur utilisation.</p>
                <button>Accepter et fermer</button>
              </div></div>
              <header class="site-header">
                <a href="/" class="logo">Le Temps</a>
                <nav><ul><li><a href="/monde">Monde</a></li><li><a href="/suisse">Suisse</a></li>
                  <li><a href="/economie">Économie</a></li></ul></nav>
              </header>
              <main>
                <article>
                  <header>
                    <span class="kicker">Guerre en Ukraine</span>
                    <h1>La Russie affirme avoir repris toute la région de Koursk</h1>
                    <p class="standfirst">Le chef d'état-major de l'armée russe, Valéri Guérassimov, a annoncé samedi
                      au président Vladimir Poutine que ses hommes avaient repris le contrôle de la région.</p>
                    <div class="byline">Keystone-ATS <time datetime="2025-04-26T19:05:00+02:00">26 avril 2025</time></div>
                    <div class="share-buttons">
                      <a href="https://facebook.com/share">Partager sur Facebook</a>
                      <a href="https://x.com/share">Partager sur X</a>
                      <button>Copier le lien</button>
                    </div>
                  </header>
                  <figure>
                    <img src="/img/guerassimov.jpg" alt="">
                    <figcaption>Vladimir Poutine tient une vidéoconférence avec Valéri Guérassimov,
                      le 26 avril 2025.</figcaption>
                    <p class="credit">KEYSTONE/EPA/SPUTNIK</p>
                  </figure>
                  <div class="article-body">
                    <p>«Aujourd'hui, la dernière localité sur le territoire de la région de Koursk, le village
                      de Gornal, a été libérée des unités ukrainiennes», a déclaré M.&nbsp;Guérassimov.</p>
                    <p>Lire aussi&nbsp;: <a href="/monde/trump-accord">Donald Trump presse Moscou et Kiev de conclure un accord</a></p>
                    <h2>Premières confirmations officielles</h2>
                    <p>Le chef d'état-major a pour la première fois reconnu la participation de soldats
                      nord-coréens aux combats, saluant leur «héroïsme».</p>
                    <div class="ad ad-slot"><p>Publicité</p></div>
                    <blockquote><p>«Les soldats nord-coréens ont fait preuve d'un grand professionnalisme»</p></blockquote>
                    <p>Cette annonce intervient en pleine effervescence diplomatique, après plus de trois ans
                      d'offensive russe.</p>
                    <aside class="related">
                      <h3>Sur le même sujet</h3>
                      <ul><li><a href="/a">Zelensky affirme que des soldats nord-coréens combattent à nouveau</a></li>
                        <li><a href="/b">Séoul chiffre les pertes nord-coréennes</a></li></ul>
                    </aside>
                    <div class="newsletter-box">
                      <h3>Recevez notre newsletter</h3>
                      <p>Chaque matin, l'essentiel de l'actualité internationale dans votre boîte mail.</p>
                      <form><input type="email"><button>S'inscrire</button></form>
                    </div>
                    <h3>Lire aussi</h3>
                    <ul>
                      <li><a href="/c">Kiev dit avoir perdu le contrôle de Soudja</a></li>
                      <li><a href="/d">Les forces ukrainiennes se replient de la région de Koursk</a></li>
                    </ul>
                    <p>Kiev n'a pas réagi dans l'immédiat à cette annonce.</p>
                  </div>
                  <footer class="article-footer">
                    <ul class="tags"><li><a href="/t/russie">Russie</a></li><li><a href="/t/ukraine">Ukraine</a></li></ul>
                  </footer>
                </article>
                <section id="comments">
                  <h2>Commentaires</h2>
                  <p>Jean-Marc, Lausanne : enfin des nouvelles claires sur ce front, merci pour cet article détaillé
                    et pour le suivi quotidien de la situation, qui manque ailleurs.</p>
                </section>
              </main>
              <footer>
                <p>© 2025 Le Temps SA. Tous droits réservés.</p>
                <ul><li><a href="/contact">Contact</a></li><li><a href="/legal">Mentions légales</a></li></ul>
              </footer>
            </body>
            </html>
            """;

    private static HtmlExtractor.Page extract(String html) {
        return HtmlExtractor.extract(Jsoup.parse(html, "https://www.letemps.ch/"), "https://www.letemps.ch/page");
    }

    @Test
    void a_news_page_gives_the_article_paragraphs_and_nothing_of_the_page_around_them() {
        HtmlExtractor.Page page = extract(NEWS_PAGE);

        assertThat(page.body().split("\n\n")).containsExactly(
                "Le chef d'état-major de l'armée russe, Valéri Guérassimov, a annoncé samedi au président Vladimir"
                        + " Poutine que ses hommes avaient repris le contrôle de la région.",
                "«Aujourd'hui, la dernière localité sur le territoire de la région de Koursk, le village de Gornal,"
                        + " a été libérée des unités ukrainiennes», a déclaré M.\u00A0Guérassimov.",
                "Premières confirmations officielles",
                "Le chef d'état-major a pour la première fois reconnu la participation de soldats nord-coréens aux"
                        + " combats, saluant leur «héroïsme».",
                "«Les soldats nord-coréens ont fait preuve d'un grand professionnalisme»",
                "Cette annonce intervient en pleine effervescence diplomatique, après plus de trois ans d'offensive russe.",
                "Kiev n'a pas réagi dans l'immédiat à cette annonce.");
    }

    @Test
    void no_furniture_text_leaks_into_the_body() {
        String body = extract(NEWS_PAGE).body();

        assertThat(body).doesNotContain("cookies", "Accepter", "Monde", "Économie", "Guerre en Ukraine",
                "Partager", "Copier", "Keystone-ATS", "KEYSTONE", "vidéoconférence", "Lire aussi", "Donald Trump",
                "Sur le même sujet", "Zelensky", "Soudja", "Publicité", "newsletter", "boîte mail", "S'inscrire",
                "Commentaires", "Jean-Marc", "Tous droits", "Contact", "Mentions légales", "dataLayer", "display",
                "La Russie affirme avoir repris");
    }

    @Test
    void figure_captions_and_credits_are_kept_apart_as_removals() {
        assertThat(extract(NEWS_PAGE).removed()).containsExactly(
                new Removal(Removal.Kind.CAPTION,
                        "Vladimir Poutine tient une vidéoconférence avec Valéri Guérassimov, le 26 avril 2025."),
                new Removal(Removal.Kind.CAPTION, "KEYSTONE/EPA/SPUTNIK"));
    }

    @Test
    void the_page_metadata_is_read_as_the_page_states_it() {
        HtmlExtractor.Page page = extract(NEWS_PAGE);

        assertThat(page.title()).isEqualTo("La Russie affirme avoir repris toute la région de Koursk");
        assertThat(page.outlet()).isEqualTo("Le Temps");
        assertThat(page.url()).isEqualTo("https://www.letemps.ch/monde/russie-koursk");
        assertThat(page.lang()).isEqualTo("fr");
        assertThat(page.published()).isEqualTo("2025-04-26T18:42:00+02:00");
    }

    @Nested
    class PublicationDate {

        private String published(String head, String body) {
            return extract("<html><head>" + head + "</head><body>" + body
                    + "<p>Kiev a annoncé vendredi le retrait de ses troupes de la région.</p></body></html>").published();
        }

        private static final String OPEN_GRAPH = "<meta property=\"article:published_time\" content=\"2025-02-07T09:00:00Z\">";
        private static final String JSON_LD = "<script type=\"application/ld+json\">[{\"@type\": \"BreadcrumbList\"},"
                + " {\"@type\": [\"ReportageNewsArticle\"], \"datePublished\": \"2025-02-07T10:00:00+01:00\"}]</script>";
        private static final String TIME = "<article><header><time datetime=\"2025-02-07T11:00\">7 février</time></header></article>";
        private static final String DC = "<meta name=\"DC.date.issued\" content=\"2025-02-07\">";

        @Test
        void article_published_time_comes_first() {
            assertThat(published(OPEN_GRAPH + JSON_LD + DC, TIME)).isEqualTo("2025-02-07T09:00:00Z");
        }

        @Test
        void then_json_ld_date_published_also_in_arrays() {
            assertThat(published(JSON_LD + DC, TIME)).isEqualTo("2025-02-07T10:00:00+01:00");
        }

        @Test
        void then_a_time_element_in_the_article() {
            assertThat(published(DC, TIME)).isEqualTo("2025-02-07T11:00");
        }

        @Test
        void then_dublin_core_and_other_date_meta_tags() {
            assertThat(published(DC, "")).isEqualTo("2025-02-07");
        }

        @Test
        void broken_json_ld_is_skipped_and_the_next_source_used() {
            String broken = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>";
            assertThat(published(broken + DC, "")).isEqualTo("2025-02-07");
        }

        @Test
        void json_ld_with_comments_trailing_commas_and_line_breaks_in_strings_is_still_read() {
            String sloppy = "<script type=\"application/ld+json\">// article\n{\"@type\": \"NewsArticle\","
                    + " \"headline\": \"Kiev\nretire\", \"datePublished\": \"2025-02-06\",}</script>";
            assertThat(published(sloppy, "")).isEqualTo("2025-02-06");
        }

        @Test
        void a_date_in_the_site_masthead_is_not_the_publication_date() {
            assertThat(published("", "<header class=\"masthead\"><time datetime=\"2025-04-28\">lundi 28 avril</time></header>"))
                    .isNull();
        }

        @Test
        void no_date_anywhere_is_null() {
            assertThat(published("", "")).isNull();
        }
    }

    @Nested
    class Title {

        @Test
        void open_graph_title_wins_over_the_title_element() {
            HtmlExtractor.Page page = extract("<html><head><meta property=\"og:title\" content=\"Kiev retire ses troupes\">"
                    + "<title>Kiev retire ses troupes de Koursk | Le Monde</title></head>"
                    + "<body><p>Le texte de l'article, assez long pour compter.</p></body></html>");
            assertThat(page.title()).isEqualTo("Kiev retire ses troupes");
        }

        @Test
        void a_title_suffix_is_dropped_only_when_it_names_the_outlet() {
            String head = "<meta property=\"og:site_name\" content=\"Le Monde\">";
            assertThat(extract("<html><head>" + head + "<title>Kiev retire ses troupes | Le Monde</title></head>"
                    + "<body><p>Texte.</p></body></html>").title()).isEqualTo("Kiev retire ses troupes");
            assertThat(extract("<html><head>" + head + "<title>Guerre - Kiev retire ses troupes</title></head>"
                    + "<body><p>Texte.</p></body></html>").title()).isEqualTo("Guerre - Kiev retire ses troupes");
        }

        @Test
        void without_head_title_the_first_h1_is_the_title_and_is_not_repeated_in_the_body() {
            HtmlExtractor.Page page = extract("<html><body><h1>Séoul chiffre les pertes</h1>"
                    + "<p>Séoul estime à 1100 le nombre de soldats nord-coréens tués ou blessés.</p></body></html>");
            assertThat(page.title()).isEqualTo("Séoul chiffre les pertes");
            assertThat(page.body()).isEqualTo("Séoul estime à 1100 le nombre de soldats nord-coréens tués ou blessés.");
        }
    }

    @Test
    void without_article_or_main_the_block_with_most_paragraph_text_is_the_article() {
        String html = """
                <html><body>
                <div class="col-left"><div class="box"><p>Les plus lus aujourd'hui sur notre site, une sélection.</p></div></div>
                <div class="col-main"><div class="story">
                  <p>Volodymyr Zelensky a affirmé vendredi que des militaires nord-coréens combattaient à nouveau,
                    aux côtés de l'armée russe, dans la région de Koursk.</p>
                  <p>Le 31 janvier, Kiev avait affirmé que ces militaires avaient été retirés, du fait des pertes,
                    selon les services de renseignement.</p>
                </div></div>
                </body></html>
                """;
        assertThat(extract(html).body().split("\n\n")).containsExactly(
                "Volodymyr Zelensky a affirmé vendredi que des militaires nord-coréens combattaient à nouveau, aux"
                        + " côtés de l'armée russe, dans la région de Koursk.",
                "Le 31 janvier, Kiev avait affirmé que ces militaires avaient été retirés, du fait des pertes, selon"
                        + " les services de renseignement.");
    }

    @Test
    void a_sentence_with_links_in_it_stays_but_a_list_of_links_goes() {
        String html = "<html><body><article>"
                + "<p>Selon <a href=\"/tass\">l'agence Tass</a>, <a href=\"/p\">Vladimir Poutine</a> a remercié l'armée.</p>"
                + "<p>Selon <a href=\"/tass\">Tass</a></p>"
                + "<ul><li><a href=\"/x\">Autre article</a></li><li><a href=\"/y\">Encore un autre</a></li></ul>"
                + "<p><strong>À lire aussi</strong> <a href=\"/z\">Kiev</a></p>"
                + "</article></body></html>";
        assertThat(extract(html).body().split("\n\n")).containsExactly(
                "Selon l'agence Tass, Vladimir Poutine a remercié l'armée.", "Selon Tass");
    }

    @Test
    void line_breaks_inside_a_paragraph_are_spaces_and_double_breaks_end_it() {
        String html = "<html><body><article><p>Première ligne<br>suite de la phrase.<br><br>Nouveau paragraphe.</p>"
                + "<ul><li>Un point de liste, qui est du texte.</li></ul></article></body></html>";
        assertThat(extract(html).body()).isEqualTo(
                "Première ligne suite de la phrase.\n\nNouveau paragraphe.\n\nUn point de liste, qui est du texte.");
    }

    @Test
    void soft_hyphens_vanish_and_no_break_spaces_stay() {
        String html = "<html><body><article><p>Volodymyr Zelen&shy;sky parle de 3&nbsp;000 soldats\u200B.</p></article></body></html>";
        assertThat(extract(html).body()).isEqualTo("Volodymyr Zelensky parle de 3\u00A0000 soldats.");
    }

    @Test
    void a_page_without_paragraph_elements_gives_its_bare_text() {
        Document page = Jsoup.parse("<html><body><div>Moscou a confirmé samedi la présence<br><br>de soldats"
                + " nord-coréens.</div></body></html>");
        assertThat(HtmlExtractor.extract(page, null).body()).isEqualTo(
                "Moscou a confirmé samedi la présence\n\nde soldats nord-coréens.");
    }

    @Test
    void a_page_with_only_furniture_has_no_text() {
        HtmlExtractor.Page page = extract("<html><body><nav><a href=\"/\">Accueil</a></nav>"
                + "<div class=\"cookie-banner\"><p>Ce site utilise des cookies.</p></div><footer>© 2025</footer></body></html>");
        assertThat(page.hasText()).isFalse();
        assertThat(page.body()).isEmpty();
    }

    @Test
    void an_html_fragment_from_a_feed_becomes_paragraphs() {
        HtmlExtractor.Page fragment = HtmlExtractor.extractFragment("Intro sans balise."
                + "<p>Premier paragraphe.</p><figure><img src=\"x.jpg\"><figcaption>Photo: AFP</figcaption></figure>"
                + "<div class=\"feedflare\"><a href=\"/share\">Partager</a></div>", "https://example.org/a");
        assertThat(fragment.body()).isEqualTo("Intro sans balise.\n\nPremier paragraphe.");
        assertThat(fragment.removed()).containsExactly(new Removal(Removal.Kind.CAPTION, "Photo: AFP"));
    }

    @Test
    void the_given_page_is_not_changed() {
        Document page = Jsoup.parse(NEWS_PAGE);
        String before = page.outerHtml();
        HtmlExtractor.extract(page, null);
        assertThat(page.outerHtml()).isEqualTo(before);
    }
}
