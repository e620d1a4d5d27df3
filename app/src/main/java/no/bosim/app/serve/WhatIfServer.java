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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.bosim.app.Policies;
import no.bosim.results.Json;
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
    /** Largest form the server reads (an upload has its own limit). */
    static final int MAX_FORM = 64 * 1024;
    static final int MAX_SESSIONS = 200;
    private static final String COOKIE = "bosim_session";
    /** A custom header the page sends with every change: a page of another site cannot send it without asking first. */
    static final String PAGE_HEADER = "X-Bosim";

    private final HttpServer server;
    private final ExecutorService threads;
    private final WhatIfRuns runs;
    private final Path root;
    private final Path defaultFile;
    private final String defaultKey;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
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
        String lang = "en".equals(query(ex).get("lang")) ? "en" : "nb";
        try {
            String host = ex.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host)) {
                // A page of another site reaching this one under a name of its own (DNS rebinding) gets nothing.
                send(ex, 421, "text/plain", "bosim serve answers only on its own address".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            Session session = session(ex);
            switch (method + " " + path) {
                case "GET /" -> page(ex, lang);
                case "GET /static/serve.js" -> file(ex, "serve.js", () -> text("/serve/serve.js"), "text/javascript");
                case "GET /static/serve.css" -> file(ex, "serve.css", () -> text("/serve/serve.css"), "text/css");
                case "GET /static/report.css" -> file(ex, "report.css", no.bosim.charts.Report::style, "text/css");
                case "GET /static/report.js" -> file(ex, "report.js", no.bosim.charts.Report::script, "text/javascript");
                case "GET /static/echarts.min.js" -> file(ex, "echarts.min.js", no.bosim.charts.Report::echarts, "text/javascript");
                case "GET /api/setup" -> json(ex, 200, setup(session, query(ex).get("scenario")));
                case "POST /api/run" -> {
                    requirePage(ex);
                    Map<String, String> form = form(ex);
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
                    Map<String, String> form = form(ex);
                    WhatIfRuns.Baseline b = baseline(form.get("scenario"), session);
                    int n = whole(form.get("runs"), "runs");
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

    private Session session(HttpExchange ex) throws IOException {
        String id = null;
        for (String header : ex.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                String[] kv = part.strip().split("=", 2);
                if (kv.length == 2 && kv[0].equals(COOKIE) && kv[1].matches("[0-9a-f]{32}")) {
                    id = kv[1];
                }
            }
        }
        Session s = id == null ? null : sessions.get(id);
        if (s == null) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String fresh = HexFormat.of().formatHex(bytes);
            evictIfFull();
            s = new Session(fresh, Files.createDirectory(root.resolve(fresh)));
            sessions.put(fresh, s);
            ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + fresh + "; Path=/; HttpOnly; SameSite=Strict");
        }
        s.lastSeen = System.nanoTime();
        return s;
    }

    /** Keeps the number of sessions bounded: the one idle longest goes, with its folder. */
    private void evictIfFull() {
        while (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().min(java.util.Comparator.comparingLong(s -> s.lastSeen)).ifPresent(old -> {
                sessions.remove(old.id);
                Session.delete(old.dir);
            });
        }
    }

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
        String name = query(ex).getOrDefault("name", "scenario.zip");
        byte[] body = body(ex, Uploads.MAX_UPLOAD, true);
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
        Path dir = session.runFile(Integer.parseInt(parts[2]), "comparison.json");
        if (relative.equals(no.bosim.results.Contract.REPORT) && dir != null) {
            synchronized (session) {
                WhatIfRuns.report(dir.getParent(), query(ex).getOrDefault("lang", "nb"));
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

    // ---- reading requests ------------------------------------------------------------------------

    /** How much of a refused body the server still reads, so the browser gets the answer rather than a broken connection. */
    private static final long DRAIN = 256L * 1024 * 1024;

    private static byte[] body(HttpExchange ex, int max, boolean upload) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                byte[] sink = new byte[64 * 1024];
                long drained = 0;
                for (int r = in.read(sink); r >= 0 && drained < DRAIN; r = in.read(sink)) {
                    drained += r;
                }
                throw tooLarge(max, upload);
            }
            return bytes;
        }
    }

    private static BadRequest tooLarge(int max, boolean upload) {
        String mb = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max / 1024 + " kB";
        return upload ? new BadRequest(413, "Filen er større enn " + mb + "; last opp scenariet med bare filene det leser.",
                "The file is larger than " + mb + "; upload the scenario with only the files it reads.")
                : new BadRequest(413, "Forespørselen er større enn " + mb + ".", "The request is larger than " + mb + ".");
    }

    /** An application/x-www-form-urlencoded body as fields; a field given twice is refused. */
    private static Map<String, String> form(HttpExchange ex) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            throw new BadRequest(415, "Forventet et skjema (application/x-www-form-urlencoded).",
                    "Expected a form (application/x-www-form-urlencoded).");
        }
        return fields(new String(body(ex, MAX_FORM, false), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        try {
            return q == null ? Map.of() : fields(q);
        } catch (BadRequest e) {
            return Map.of();
        }
    }

    static Map<String, String> fields(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String v = kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                if (out.put(k, v) != null) {
                    throw new BadRequest(400, "Feltet «" + k + "» er gitt to ganger.", "The field '" + k + "' is given twice.");
                }
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "Skjemaet kan ikke leses (" + e.getMessage() + ").", "The form cannot be read (" + e.getMessage() + ").");
            }
        }
        return out;
    }

    private static int whole(String v, String field) {
        if (v == null || !v.strip().matches("\\d{1,9}")) {
            throw new InputException(new Problem(field, 0, "", "is '" + v + "'; expected a whole number"));
        }
        return Integer.parseInt(v.strip());
    }
}
