package no.bosim.app.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.bosim.app.Policies;
import no.bosim.contract.Json;
import no.bosim.contract.OutputFiles;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import no.bosim.scenario.ScenarioLoader;

/**
 * The what-if page's server: the JDK's own HTTP server (com.sun.net.httpserver), since the page needs
 * a handful of routes on the loopback address and nothing a framework adds would earn a dependency.
 * One warm JVM keeps the compiled rules and each baseline's run; every browser gets its own session
 * (a random cookie and a folder of its own). A bad request gets one message and a 4xx answer, never a
 * stack trace, and the server answers the next request as before.
 *
 * <p>Routes: {@code GET /} the page; {@code GET /static/*} its script and style; {@code GET /api/setup}
 * the baselines and their controls; {@code POST /api/run} a changed control; {@code POST /api/upload}
 * a scenario (YAML or zip); {@code POST /api/ensemble}, {@code GET /api/ensemble},
 * {@code POST /api/ensemble/cancel}; {@code GET /api/download/yaml} and {@code /api/download/zip};
 * {@code GET /run/N/FILE} a file of the session's run folder N (its report).
 */
public final class WhatIfServer implements AutoCloseable {

    /** The scenarios shipped inside bosim that the page offers as baselines. */
    static final List<String> SHIPPED = List.of("default", "criteria-2026", "from-2024", "surge-2015", "surge-2022");
    /** A custom header the page sends with every change: a page of another site cannot send it without asking first. */
    static final String PAGE_HEADER = "X-Bosim";

    private final HttpServer server;
    private final ExecutorService threads;
    private final WhatIfRuns runs;
    private final Path root;
    private final Path defaultFile;
    private final String defaultKey;
    private final Sessions sessions;
    private final Set<String> hosts;

    /**
     * Binds to {@code host:port} (port 0: any free port) with the rules in {@code policies}; {@code scenario}
     * is the baseline the page opens on (null: the shipped default).
     */
    public WhatIfServer(String host, int port, Policies policies, Path scenario) throws IOException {
        this(host, port, policies, scenario, WhatIfRuns.ENSEMBLE_SECONDS);
    }

    /** As above, with the time an ensemble may take before it is stopped (tests shorten it). */
    public WhatIfServer(String host, int port, Policies policies, Path scenario, double ensembleSeconds) throws IOException {
        this.root = Files.createTempDirectory("bosim-serve-");
        this.runs = new WhatIfRuns(policies, ensembleSeconds, Files.createDirectory(root.resolve("baselines")));
        this.sessions = new Sessions(root, runs::forget);
        if (scenario == null) {
            defaultFile = ScenarioLoader.shipped(ScenarioLoader.DEFAULT_SCENARIO);
            defaultKey = "default";
        } else {
            defaultFile = scenario.toAbsolutePath().normalize();
            defaultKey = "file:" + defaultFile.getFileName();
        }
        // Warm: the page's first answer should not wait for the baseline's run.
        baseline(defaultKey, null);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bosim-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        int bound = server.getAddress().getPort();
        this.hosts = new java.util.HashSet<>(List.of((host.contains(":") ? "[" + host + "]" : host) + ":" + bound, "localhost:" + bound,
                "127.0.0.1:" + bound, "[::1]:" + bound));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        runs.close();
        Session.delete(root);
    }

    // ---- routing ---------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        String lang = "en".equals(Requests.query(ex).get("lang")) ? "en" : "nb";
        try {
            String host = ex.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host)) {
                // A page of another site reaching this one under a name of its own (DNS rebinding) gets nothing.
                send(ex, 421, "text/plain", "bosim serve answers only on its own address".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            Session session = sessions.of(ex);
            switch (method + " " + path) {
                case "GET /" -> page(ex, lang);
                case "GET /static/serve.js" -> file(ex, "serve.js", () -> text("/serve/serve.js"), "text/javascript");
                case "GET /static/serve.css" -> file(ex, "serve.css", () -> text("/serve/serve.css"), "text/css");
                case "GET /static/report.css" -> file(ex, "report.css", no.bosim.charts.Report::style, "text/css");
                case "GET /static/report.js" -> file(ex, "report.js", no.bosim.charts.Report::script, "text/javascript");
                case "GET /static/echarts.min.js" -> file(ex, "echarts.min.js", no.bosim.charts.Report::echarts, "text/javascript");
                case "GET /api/setup" -> json(ex, 200, setup(session, Requests.query(ex).get("scenario")));
                case "POST /api/run" -> {
                    requirePage(ex);
                    Map<String, String> form = Requests.form(ex);
                    WhatIfRuns.Baseline b = baseline(form.remove("scenario"), session);
                    form.remove("lang");
                    unknownFields(form, b);
                    synchronized (session) {
                        json(ex, 200, runs.run(session, b, form, lang));
                    }
                }
                case "POST /api/upload" -> {
                    requirePage(ex);
                    json(ex, 200, upload(ex, session));
                }
                case "POST /api/ensemble" -> {
                    requirePage(ex);
                    Map<String, String> form = Requests.form(ex);
                    WhatIfRuns.Baseline b = baseline(form.get("scenario"), session);
                    int n = Requests.whole(form.get("runs"), "runs");
                    runs.ensemble(session, b, n, lang);
                    json(ex, 200, job(session));
                }
                case "GET /api/ensemble" -> json(ex, 200, job(session));
                case "POST /api/ensemble/cancel" -> {
                    requirePage(ex);
                    if (session.job != null) {
                        session.job.cancelled.set(true);
                    }
                    json(ex, 200, job(session));
                }
                case "GET /api/download/yaml" -> {
                    if (session.overlayForDownload == null) {
                        throw new BadRequest(404, "Ingen endring er kjørt ennå.", "No change has been run yet.");
                    }
                    ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"what-if.yaml\"");
                    send(ex, 200, "application/yaml; charset=utf-8", session.overlayForDownload.getBytes(StandardCharsets.UTF_8));
                }
                case "GET /api/download/zip" -> {
                    if (session.lastRun == null) {
                        throw new BadRequest(404, "Ingen endring er kjørt ennå.", "No change has been run yet.");
                    }
                    ByteArrayOutputStream zip = new ByteArrayOutputStream();
                    synchronized (session) {
                        runs.zip(session, lang, zip);
                    }
                    ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"what-if.zip\"");
                    send(ex, 200, "application/zip", zip.toByteArray());
                }
                default -> {
                    if (method.equals("GET") && path.startsWith("/run/")) {
                        runFile(ex, session, path);
                    } else {
                        throw new BadRequest(404, "Finnes ikke: " + path, "Not found: " + path);
                    }
                }
            }
        } catch (BadRequest e) {
            error(ex, e.status, List.of("en".equals(lang) ? e.getMessage() : e.nb));
        } catch (InputException e) {
            error(ex, 400, e.problems().stream().map(Problem::toString).toList());
        } catch (Uploads.Refused e) {
            error(ex, 400, List.of("en".equals(lang) ? e.getMessage() : e.nb));
        } catch (Guard.Stopped e) {
            error(ex, 422, List.of("en".equals(lang) ? e.getMessage() : e.nb));
        } catch (RuntimeException | IOException e) {
            // A fault of bosim's own: one line to the server's console, one sentence to the page.
            System.err.println("bosim serve: " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + ": " + e);
            error(ex, 500, List.of("en".equals(lang) ? "bosim failed on this request (" + e.getClass().getSimpleName() + "); the server goes on."
                    : "bosim feilet på denne forespørselen (" + e.getClass().getSimpleName() + "); serveren går videre."));
        } finally {
            ex.close();
        }
    }

    /** A request the page should not have made, with its status and message in both languages. */
    static final class BadRequest extends RuntimeException {
        final int status;
        final String nb;

        BadRequest(int status, String nb, String en) {
            super(en, null, false, false);
            this.status = status;
            this.nb = nb;
        }
    }

    private static void requirePage(HttpExchange ex) {
        if (!"1".equals(ex.getRequestHeaders().getFirst(PAGE_HEADER))) {
            throw new BadRequest(403, "Forespørselen kom ikke fra bosim-siden.", "The request did not come from the bosim page.");
        }
    }

    // ---- sessions and baselines ------------------------------------------------------------------

    /** The baseline a request names: a shipped scenario by name, the server's own, or one of the session's uploads. */
    private WhatIfRuns.Baseline baseline(String key, Session session) {
        String k = key == null || key.isBlank() ? defaultKey : key;
        if (k.equals(defaultKey)) {
            return runs.baseline(defaultKey, defaultFile, defaultKey.startsWith("file:") ? defaultFile.toString() : defaultKey,
                    defaultKey.startsWith("file:") ? defaultFile.getFileName().toString() : defaultKey);
        }
        if (SHIPPED.contains(k)) {
            return runs.baseline(k, ScenarioLoader.shipped(k + ".yaml"), k, k);
        }
        Path file = session == null ? null : session.uploads.get(k);
        if (file == null) {
            throw new BadRequest(400, "Ukjent scenario «" + k + "»; velg et av listen eller last opp ett.",
                    "Unknown scenario '" + k + "'; choose one from the list or upload one.");
        }
        Path uploadRoot = session.dir.resolve(k.substring(0, k.indexOf('/')));
        return runs.baseline(session.id + "/" + k, file, file.toString(), uploadRoot.relativize(file).toString());
    }

    private Map<String, Object> setup(Session session, String key) {
        WhatIfRuns.Baseline b = baseline(key, session);
        List<Map<String, Object>> choices = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        keys.add(defaultKey);
        SHIPPED.stream().filter(k -> !k.equals(defaultKey)).forEach(keys::add);
        keys.addAll(session.uploads.keySet());
        for (String k : keys) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("key", k);
            c.put("name", k.startsWith("file:") ? k.substring(5) : k);
            choices.add(c);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", key == null || key.isBlank() ? defaultKey : key);
        out.put("scenarios", choices);
        out.put("name", b.scenario().name());
        out.put("description_nb", b.scenario().description("nb"));
        out.put("description_en", b.scenario().description("en"));
        out.put("start", b.scenario().start().toString());
        out.put("projection_from", b.scenario().projectionFrom().toString());
        out.put("end", b.scenario().end().toString());
        out.put("controls", b.controls().all().stream().map(Controls.Control::json).toList());
        return out;
    }

    private void unknownFields(Map<String, String> form, WhatIfRuns.Baseline b) {
        Set<String> known = new java.util.HashSet<>();
        b.controls().all().forEach(c -> known.add(c.id()));
        for (String f : form.keySet()) {
            if (!known.contains(f)) {
                throw new BadRequest(400, "Ukjent felt «" + f + "»; kjente felt er " + known, "Unknown field '" + f + "'; known fields are " + known);
            }
        }
    }

    private Map<String, Object> upload(HttpExchange ex, Session session) throws IOException {
        String name = Requests.query(ex).getOrDefault("name", "scenario.zip");
        byte[] body = Requests.body(ex, Uploads.MAX_UPLOAD, true);
        String key = "upload-" + session.next();
        Path into = session.dir.resolve(key);
        List<Path> candidates = Uploads.unpack(body, name, into);
        List<String> added = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path c : candidates) {
            String k = key + "/" + into.relativize(c);
            try {
                session.uploads.put(k, c);
                baseline(k, session);
                added.add(k);
            } catch (InputException e) {
                session.uploads.remove(k);
                e.problems().forEach(p -> problems.add(new Problem(p.file().replace(into.toString() + "/", ""), p.line(), p.field(),
                        p.message().replace(into.toString() + "/", ""))));
            }
        }
        if (added.isEmpty()) {
            Session.delete(into);
            throw new InputException(problems);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("added", added);
        out.put("scenario", added.get(0));
        return out;
    }

    private static Map<String, Object> job(Session session) {
        Map<String, Object> out = new LinkedHashMap<>();
        Session.Job j = session.job;
        if (j == null) {
            out.put("state", "none");
            return out;
        }
        out.put("state", j.state);
        out.put("runs", j.runs);
        out.put("finished", j.finished.get());
        if (j.message != null) {
            out.put("message", j.message);
        }
        if (j.report != null) {
            out.put("report", j.report);
        }
        return out;
    }

    // ---- answers ---------------------------------------------------------------------------------

    private void page(HttpExchange ex, String lang) throws IOException {
        String html = text("/serve/serve.html").replace("{{LANG}}", lang);
        // The charting library sets style attributes on what it draws; no script runs but the page's own files.
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void runFile(HttpExchange ex, Session session, String path) throws IOException {
        String[] parts = path.split("/", 4);
        if (parts.length < 4 || !parts[2].matches("\\d{1,9}")) {
            throw new BadRequest(404, "Finnes ikke: " + path, "Not found: " + path);
        }
        String relative = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
        Path dir = session.runFile(Integer.parseInt(parts[2]), OutputFiles.COMPARISON_MANIFEST);
        if (relative.equals(OutputFiles.REPORT) && dir != null) {
            synchronized (session) {
                WhatIfRuns.report(dir.getParent(), Requests.query(ex).getOrDefault("lang", "nb"));
            }
        }
        Path file = session.runFile(Integer.parseInt(parts[2]), relative);
        if (file == null) {
            throw new BadRequest(404, "Finnes ikke (eller hører til en annen økt): " + path, "Not found (or another session's): " + path);
        }
        String type = file.toString().endsWith(".html") ? "text/html; charset=utf-8"
                : file.toString().endsWith(".csv") ? "text/csv; charset=utf-8"
                : file.toString().endsWith(".json") ? "application/json; charset=utf-8" : "application/octet-stream";
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
                + " img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
        send(ex, 200, type, Files.readAllBytes(file));
    }

    /** The page's script, style and charting library, read once; the browser may keep them for the session. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    private void file(HttpExchange ex, String name, java.util.function.Supplier<String> read, String type) throws IOException {
        byte[] body = files.computeIfAbsent(name, n -> read.get().getBytes(StandardCharsets.UTF_8));
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "private, max-age=3600");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static String text(String name) {
        try (InputStream in = WhatIfServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bosim is built without " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void error(HttpExchange ex, int status, List<String> messages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", String.join("\n", messages));
        body.put("messages", messages);
        try {
            json(ex, status, body);
        } catch (IOException | IllegalStateException e) {
            // The answer had begun (a download broke off) or the browser has gone: there is no one left to tell.
            System.err.println("bosim serve: could not answer " + ex.getRequestURI().getPath() + ": " + e.getMessage());
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
