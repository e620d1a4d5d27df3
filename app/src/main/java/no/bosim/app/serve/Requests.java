package no.bosim.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/**
 * What a request to the what-if server carries, read within limits: a form of fields, a query, an
 * upload's bytes. Too much is refused with 413 after the rest is read away, so the browser gets the
 * answer rather than a broken connection; a form that cannot be read, or names a field twice, is refused.
 */
final class Requests {

    /** Largest form the server reads (an upload has its own limit). */
    static final int MAX_FORM = 64 * 1024;

    private Requests() {
    }

    /** How much of a refused body the server still reads, so the browser gets the answer rather than a broken connection. */
    static final long DRAIN = 256L * 1024 * 1024;

    static byte[] body(HttpExchange ex, int max, boolean upload) throws IOException {
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

    static WhatIfServer.BadRequest tooLarge(int max, boolean upload) {
        String mb = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max / 1024 + " kB";
        return upload ? new WhatIfServer.BadRequest(413, "Filen er større enn " + mb + "; last opp scenariet med bare filene det leser.",
                "The file is larger than " + mb + "; upload the scenario with only the files it reads.")
                : new WhatIfServer.BadRequest(413, "Forespørselen er større enn " + mb + ".", "The request is larger than " + mb + ".");
    }

    /** An application/x-www-form-urlencoded body as fields; a field given twice is refused. */
    static Map<String, String> form(HttpExchange ex) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            throw new WhatIfServer.BadRequest(415, "Forventet et skjema (application/x-www-form-urlencoded).",
                    "Expected a form (application/x-www-form-urlencoded).");
        }
        return fields(new String(body(ex, MAX_FORM, false), StandardCharsets.UTF_8));
    }

    static Map<String, String> query(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        try {
            return q == null ? Map.of() : fields(q);
        } catch (WhatIfServer.BadRequest e) {
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
                    throw new WhatIfServer.BadRequest(400, "Feltet «" + k + "» er gitt to ganger.", "The field '" + k + "' is given twice.");
                }
            } catch (IllegalArgumentException e) {
                throw new WhatIfServer.BadRequest(400, "Skjemaet kan ikke leses (" + e.getMessage() + ").", "The form cannot be read (" + e.getMessage() + ").");
            }
        }
        return out;
    }

    static int whole(String v, String field) {
        if (v == null || !v.strip().matches("\\d{1,9}")) {
            throw new InputException(new Problem(field, 0, "", "is '" + v + "'; expected a whole number"));
        }
        return Integer.parseInt(v.strip());
    }
}
