package org.factline.app;

import picocli.CommandLine.Command;

@Command(name = "factline",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Turns news reports into a sourced, time-aware record of who did what, where and when, and who said so.",
            ""
        },
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            LoadCommand.class,
            ReindexCommand.class,
            SearchCommand.class,
            ArticlesCommand.class,
            ShowCommand.class,
            ExtractCommand.class,
            ContradictionsCommand.class,
            TimelineCommand.class,
            ClaimsCommand.class,
            EntityCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            EvalCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  factline run examples/kursk            read the example articles and summarise them",
            "  factline ingest news/ feed.xml -       store articles from a folder, a feed and standard input",
            "  factline articles                      list what is stored",
            "  factline search Guérassimov            find articles, claims and events by words and names",
            "  factline extract a.txt --format jsonl  print what Factline finds in an article, as JSON Lines",
            "  factline serve                         the web UI and JSON API at http://127.0.0.1:8080/",
            "  factline export --format acled-csv     the stored events as ACLED, GDELT, JSON-LD, GeoJSON or TimeML",
            "  factline eval ner dev.iob2 --format iob2 --lang en --tagger factline   score entity recognition",
            "",
            "Data is kept in --data DIR (default: $FACTLINE_HOME, else ./factline-data), or in PostgreSQL with --db."
        })
public final class FactlineCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed (see factline --help)");
    }
}
