package org.factline.knowledge.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for tests: initialised in a temporary folder, listening on a free loopback
 * port, started once per JVM and shared by all test classes, each test getting a {@linkplain #newDatabase()
 * database of its own}. A JVM shutdown hook stops it and deletes its folder. A test that stops and starts the server
 * has a cluster of {@linkplain #own() its own}.
 *
 * <p>Without PostgreSQL binaries the calling tests are skipped, unless {@value #REQUIRE_VARIABLE}=1 asks
 * for them to fail instead (so that CI cannot pass by silently skipping them). PostgreSQL refuses to run as
 * root, so as root its commands run as the {@code postgres} user through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {

    static final String REQUIRE_VARIABLE = "FACTLINE_REQUIRE_POSTGRES";
    static final Path VERSIONS_ROOT = Path.of("/usr/lib/postgresql");
    private static final String USER = "factline";
    private static final String SYSTEM_USER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private static PostgresServer shared;
    private static RuntimeException startFailure;

    private final Path bin;
    private final Path base;
    private final Path data;
    private final List<String> runAsPostgres;
    private final AtomicInteger databases = new AtomicInteger();
    private int port;
    private boolean stopped;

    private PostgresServer(Path bin, Path base, List<String> runAsPostgres) {
        this.bin = bin;
        this.base = base;
        this.data = base.resolve("data");
        this.runAsPostgres = runAsPostgres;
    }

    /**
     * The running server, started on first use. Aborts the calling test (a skip) when PostgreSQL is not
     * installed, or fails it when {@value #REQUIRE_VARIABLE}=1; a server that is installed but does not
     * start always fails the test, with the commands' output.
     */
    public static synchronized PostgresServer shared() {
        if (shared != null) {
            return shared;
        }
        if (startFailure != null) {
            throw new IllegalStateException("PostgreSQL did not start earlier in this run", startFailure);
        }
        Path bin = binaries();
        try {
            shared = start(bin);
            return shared;
        } catch (IOException | InterruptedException | RuntimeException e) {
            startFailure = new IllegalStateException("Could not start PostgreSQL from " + bin + ": "
                    + e.getMessage(), e);
            throw startFailure;
        }
    }

    /**
     * A cluster of the caller's own, for a test that stops and starts it ({@link #shutDown}, {@link #startAgain})
     * without disturbing the others; {@link #close} stops it and deletes its folder. Skipped or failed as
     * {@link #shared} is when PostgreSQL is not installed.
     */
    public static PostgresServer own() {
        Path bin = binaries();
        try {
            return start(bin);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not start PostgreSQL from " + bin + ": " + e.getMessage(), e);
        }
    }

    /** The folder of PostgreSQL's programs; aborts or fails the calling test when there is none. */
    private static Path binaries() {
        Optional<Path> bin = findBinaries(System.getenv().getOrDefault("PATH", ""), VERSIONS_ROOT);
        if (bin.isEmpty()) {
            String missing = "PostgreSQL is not installed: found no folder with initdb, pg_ctl and postgres on PATH"
                    + " or under " + VERSIONS_ROOT + "/*/bin";
            if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
                fail(missing + ", and " + REQUIRE_VARIABLE + "=1 requires the PostgreSQL tests to run");
            }
            Assumptions.abort(missing + "; skipping the PostgreSQL tests (" + REQUIRE_VARIABLE
                    + "=1 makes this a failure)");
        }
        return bin.get();
    }

    /**
     * Shuts the server down as an administrator's restart does ({@code pg_ctl stop -m fast}: open connections are
     * cut), keeping its data; {@link #startAgain} brings it back on the same port.
     */
    public synchronized void shutDown() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop");
    }

    /** Starts the server again after {@link #shutDown}, with its data, on the same port. */
    public synchronized void startAgain() throws IOException, InterruptedException {
        launch();
    }

    @Override
    public void close() {
        stop();
    }

    /** A new, empty database on the shared server. */
    public StoreConfig newDatabase() {
        String name = "factline_test_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
             Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + url("postgres"), e);
        }
        return StoreConfig.atJdbcUrl(url(name), USER, null);
    }

    int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * The newest folder holding {@code initdb}, {@code pg_ctl} and {@code postgres}, from the folders on
     * {@code path} (following links, as Debian's {@code /usr/local/bin/pg_ctl} points into the versioned
     * folder) and the {@code <version>/bin} folders under {@code versionsRoot}.
     */
    static Optional<Path> findBinaries(String path, Path versionsRoot) {
        List<Path> candidates = new ArrayList<>();
        for (String dir : path.split(File.pathSeparator)) {
            Path initdb = dir.isEmpty() ? null : Path.of(dir, "initdb");
            if (initdb != null && Files.isExecutable(initdb)) {
                try {
                    candidates.add(initdb.toRealPath().getParent());
                } catch (IOException e) {
                    // A dangling link: not an installation.
                }
            }
        }
        if (Files.isDirectory(versionsRoot)) {
            try (Stream<Path> versions = Files.list(versionsRoot)) {
                versions.map(v -> v.resolve("bin")).forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .distinct()
                .filter(dir -> Stream.of("initdb", "pg_ctl", "postgres")
                        .allMatch(program -> Files.isExecutable(dir.resolve(program))))
                .max(Comparator.comparing(PostgresServer::version));
    }

    /** The version {@code pg_ctl --version} reports, as a comparable number (15.14 → 15_014), or 0. */
    private static long version(Path bin) {
        try {
            String output = run(List.of(bin.resolve("pg_ctl").toString(), "--version"), bin);
            Matcher m = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?").matcher(output);
            if (!m.find()) {
                return 0;
            }
            return Long.parseLong(m.group(1)) * 1000 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        } catch (IOException | InterruptedException | RuntimeException e) {
            return 0;
        }
    }

    private static PostgresServer start(Path bin) throws IOException, InterruptedException {
        Path base = Files.createTempDirectory("factline-pg-");
        boolean root = ((Integer) Files.getAttribute(base, "unix:uid")) == 0;
        PostgresServer server = new PostgresServer(bin, base,
                root ? List.of("runuser", "-u", SYSTEM_USER, "--") : List.of());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop test PostgreSQL"));
        Path sockets = Files.createDirectories(base.resolve("sockets"));
        if (root) {
            giveToPostgresUser(base, sockets);
        }
        server.pg("initdb", "-D", server.data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C",
                "--no-sync");
        for (int attempt = 1; ; attempt++) {
            server.port = freePort();
            try {
                server.launch();
                return server;
            } catch (IllegalStateException e) {
                // Another process may have taken the port between our probe and the server's bind.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Starts the server on {@link #port}, waiting until it takes connections. */
    private void launch() throws IOException, InterruptedException {
        // fsync off: the cluster is thrown away, durability would only slow the tests down.
        pg("pg_ctl", "-D", data.toString(), "-l", base.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k '" + base.resolve("sockets") + "'"
                        + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    private static void giveToPostgresUser(Path... paths) throws IOException {
        UserPrincipal postgres;
        try {
            postgres = paths[0].getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalStateException("the tests run as root, which PostgreSQL refuses, and there is no '"
                    + SYSTEM_USER + "' user to run it as", e);
        }
        for (Path path : paths) {
            Files.setOwner(path, postgres);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs a PostgreSQL program from {@link #bin}, as the postgres user when we are root. */
    private String pg(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(runAsPostgres);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            return run(command, base);
        } catch (IllegalStateException e) {
            Path log = base.resolve("server.log");
            String serverLog = Files.isReadable(log) ? "\nserver log:\n" + Files.readString(log) : "";
            throw new IllegalStateException(e.getMessage() + serverLog, e);
        }
    }

    /**
     * Runs a command and returns its output. The output goes through a file, not a pipe: {@code pg_ctl start}
     * leaves the server running, and a server holding our pipe open would make reading it hang.
     */
    private static String run(List<String> command, Path workingDir) throws IOException, InterruptedException {
        Path output = Files.createTempFile("factline-pg-command", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            boolean finished = process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command)
                        + (finished ? " failed with exit code " + process.exitValue() : " did not finish in time")
                        + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Stops the server and deletes its folder; does nothing the second time. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pg("pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop");
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL in " + data + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("Could not delete the test PostgreSQL folder " + base + ": " + e.getMessage());
        }
    }
}
