package la.rtp.tracker.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import la.rtp.tracker.reliability.HostileValues.Named;
import la.rtp.tracker.reliability.OpenApiOperations.Op;
import la.rtp.tracker.reliability.OpenApiOperations.Param;

/** Generates the hostile requests for every operation of the contract. */
final class HostileCases {

    /** One request: {@code body} null sends none; {@code contentType} null sends no Content-Type. */
    record Case(String kind, String label, Op op, String url, String contentType, byte[] body) {
        @Override
        public String toString() {
            String shown = url.length() > 120 ? url.substring(0, 120) + "..." : url;
            return op.method() + " " + shown + " [" + kind + ": " + label + "]";
        }
    }

    static final String JSON = "application/json";
    private static final Set<String> ACTIONS = Set.of("submit", "return", "endorse", "held", "cancel", "publish",
            "end", "deactivate", "activate", "copy-forward", "status");

    private final RealResources real;
    private final Bodies bodies;
    private final List<Case> out = new ArrayList<>();
    private int garbageTurn;

    HostileCases(RealResources real) {
        this.real = real;
        this.bodies = new Bodies(real);
    }

    /**
     * Reads first, then plain writes, then state changes and deletes: a successful delete or
     * cancel early on would turn the later requests on that resource into mere 404s or 409s.
     */
    static List<Op> inSafeOrder(List<Op> ops) {
        return ops.stream().sorted(Comparator.comparingInt(HostileCases::rank)).toList();
    }

    private static int rank(Op op) {
        String last = op.path().substring(op.path().lastIndexOf('/') + 1);
        return op.method().equals("GET") ? 0 : op.method().equals("DELETE") ? 3 : ACTIONS.contains(last) ? 2 : 1;
    }

    List<Case> all(List<Op> ops) {
        for (Op op : inSafeOrder(ops)) {
            pathCases(op);
            queryCases(op);
            bodyCases(op);
        }
        return out;
    }

    private void pathCases(Op op) {
        ObjectNode base = op.body() == null ? null : bodies.baseline(op.body());
        for (Param p : op.in("path")) {
            for (Named v : HostileValues.PATH) {
                String url = op.path();
                for (Param other : op.in("path")) {
                    url = url.replace("{" + other.name() + "}",
                            other.equals(p) ? v.value() : real.pathValue(op.path(), other.name()));
                }
                add(op, "path " + p.name(), v.name(), url, base == null ? null : JSON,
                        base == null ? null : utf8(base.toString()));
            }
        }
    }

    private void queryCases(Op op) {
        for (Param q : op.in("query")) {
            for (Named v : HostileValues.QUERY) {
                String query = "?" + q.name() + "=" + v.value();
                add(op, "query " + q.name(), v.name(), real.realPath(op) + query, null, null);
                if (!op.in("path").isEmpty()) {
                    add(op, "query " + q.name() + " + garbage path", v.name(), garbagePath(op) + query, null, null);
                }
            }
        }
    }

    private void bodyCases(Op op) {
        List<Case> cases = new ArrayList<>();
        if (op.body() != null) {
            ObjectNode base = bodies.baseline(op.body());
            for (String path : Bodies.paths(base, "")) {
                for (Named v : HostileValues.PROPERTY) {
                    cases.add(json(op, "property " + path, v.name(), Bodies.with(base, path, v.value())));
                }
                cases.add(json(op, "property " + path, "missing", Bodies.with(base, path, null)));
            }
            String b = base.toString();
            cases.add(json(op, "body", "extra-field", b.replaceFirst("\\{", "{\"unexpected\":\"x\",")));
            cases.add(json(op, "body", "extra-nested", b.replaceFirst("\\{", "{\"__proto__\":{\"admin\":true},")));
            cases.add(json(op, "body", "duplicate-keys", b.replaceFirst("\\{", "{\"" + base.fieldNames().next()
                    + "\":\"dup\",")));
            cases.add(json(op, "body", "truncated", b.substring(0, b.length() / 2)));
            cases.add(raw(op, "body", "invalid-utf8-in-string", JSON, invalidUtf8(b)));
            cases.add(raw(op, "content-type", "text/plain", "text/plain", utf8(b)));
            cases.add(raw(op, "content-type", "application/xml", "application/xml", utf8("<request><a>1</a></request>")));
            cases.add(raw(op, "content-type", "multipart", "multipart/form-data; boundary=xyz",
                    utf8("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--\r\n")));
            cases.add(raw(op, "content-type", "form", "application/x-www-form-urlencoded", utf8("a=1&b=2")));
            cases.add(raw(op, "content-type", "octet-stream", "application/octet-stream", new byte[] {1, 2, 3}));
            cases.add(raw(op, "content-type", "json-as-xml", JSON, utf8("<a>1</a>")));
        }
        for (String[] s : new String[][] {{"empty", ""}, {"null", "null"}, {"array", "[]"}, {"string", "\"x\""},
                {"number", "123"}, {"open-brace", "{"}, {"empty-object", "{}"},
                {"deep-arrays-5000", HostileValues.deep(5_000, false)},
                {"deep-objects-5000", HostileValues.deep(5_000, true)}}) {
            cases.add(json(op, "body", s[0], s[1]));
        }
        cases.add(raw(op, "body", "raw-invalid-utf8", JSON, new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'}));
        cases.add(raw(op, "body", "bom", JSON, utf8("\uFEFF{}")));
        for (Case c : cases) {
            out.add(c);
            if (!op.in("path").isEmpty()) {
                out.add(new Case(c.kind() + " + garbage path", c.label(), op, garbagePath(op), c.contentType(),
                        c.body()));
            }
        }
    }

    private Case json(Op op, String kind, String label, String body) {
        return raw(op, kind, label, JSON, utf8(body));
    }

    private Case raw(Op op, String kind, String label, String contentType, byte[] body) {
        return new Case(kind, label, op, real.realPath(op), contentType, body);
    }

    private void add(Op op, String kind, String label, String url, String contentType, byte[] body) {
        out.add(new Case(kind, label, op, url, contentType, body));
    }

    /** The path with one parameter (in turn) set to one garbage value (in turn). */
    private String garbagePath(Op op) {
        List<Param> params = op.in("path");
        Param bad = params.get(garbageTurn % params.size());
        Named v = HostileValues.PATH.get(garbageTurn++ % HostileValues.PATH.size());
        String url = op.path();
        for (Param p : params) {
            url = url.replace("{" + p.name() + "}", p.equals(bad) ? v.value() : real.pathValue(op.path(), p.name()));
        }
        return url;
    }

    /** The body with bytes that are not UTF-8 (a lone continuation byte, an invalid lead byte) in its first string. */
    private static byte[] invalidUtf8(String body) {
        int quote = body.indexOf(":\"");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (quote < 0) {
            b.writeBytes(utf8("{\"x\":\""));
            b.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            b.writeBytes(utf8("\"}"));
            return b.toByteArray();
        }
        b.writeBytes(utf8(body.substring(0, quote + 2)));
        b.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        b.writeBytes(utf8(body.substring(quote + 2)));
        return b.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
