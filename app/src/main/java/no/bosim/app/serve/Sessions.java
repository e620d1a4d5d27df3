package no.bosim.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browsers the server knows, each by a random 128-bit cookie, with a folder of its own under the
 * server's temporary folder. An unknown or malformed cookie gets a new session, never another's; the
 * number of sessions is bounded, the one idle longest giving way with its folder.
 */
final class Sessions {

    static final int MAX_SESSIONS = 200;
    private static final String COOKIE = "bosim_session";

    private final Path root;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private final java.util.function.Consumer<String> onEvict;

    /** @param onEvict told the id of each session that gives way, to drop what it kept for it */
    Sessions(Path root, java.util.function.Consumer<String> onEvict) {
        this.root = root;
        this.onEvict = onEvict;
    }

    /** The request's session by its cookie; a new one (and its cookie) when it has none or one the server does not know. */
    Session of(HttpExchange ex) throws IOException {
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
                onEvict.accept(old.id);
                Session.delete(old.dir);
            });
        }
    }
}
