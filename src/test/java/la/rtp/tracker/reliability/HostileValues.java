package la.rtp.tracker.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The malformed and boundary inputs, named so that a failure says which one did it. */
final class HostileValues {

    private HostileValues() {
    }

    record Named(String name, String value) {
    }

    static final String HUGE = "a".repeat(100_000);
    private static final String LONG_ID = "9".repeat(2_000);

    /** Values for a JSON property, as raw JSON text. */
    static final List<Named> PROPERTY = List.of(
            new Named("string", "\"not-the-type\""),
            new Named("empty-string", "\"\""),
            new Named("blank-string", "\"   \""),
            new Named("integer", "12345"),
            new Named("decimal", "1.5"),
            new Named("boolean", "true"),
            new Named("object", "{\"a\":1}"),
            new Named("empty-object", "{}"),
            new Named("array", "[1,\"x\",null]"),
            new Named("empty-array", "[]"),
            new Named("null", "null"),
            new Named("minus-one", "-1"),
            new Named("zero", "0"),
            new Named("2^63", "9223372036854775808"),
            new Named("-2^63-1", "-9223372036854775809"),
            new Named("1e400", "1e400"),
            new Named("-1e400", "-1e400"),
            new Named("huge-integer", "1" + "0".repeat(400)),
            new Named("string-number", "\"42\""),
            new Named("huge-string", "\"" + HUGE + "\""),
            new Named("sql", "\"' OR 1=1 --\""),
            new Named("script", "\"<script>alert(1)</script>\""),
            new Named("jndi", "\"${jndi:ldap://x}\""),
            new Named("nul", "\"a\\u0000b\""),
            new Named("lone-surrogate", "\"\\ud800\""),
            new Named("unknown-enum", "\"NOT_A_VALUE\""),
            new Named("date-feb-30", "\"2024-02-30\""),
            new Named("date-month-13", "\"2024-13-01\""),
            new Named("date-yesterday", "\"yesterday\""),
            new Named("datetime-feb-30", "\"2024-02-30T09:00:00+07:00\""),
            new Named("datetime-no-offset", "\"2024-02-03T09:00:00\""),
            new Named("lao-text", "\"ກອງປະຊຸມ ສະບາຍດີ\""));

    /** Values of a path parameter, already percent-encoded as they go on the wire. */
    static final List<Named> PATH = List.of(
            new Named("abc", "abc"),
            new Named("minus-one", "-1"),
            new Named("zero", "0"),
            new Named("20-digits", "99999999999999999999"),
            new Named("nul", "%00"),
            new Named("long", LONG_ID),
            new Named("long-letters", "a".repeat(2_000)),
            new Named("decimal", "1.5"),
            new Named("exponent", "1e3"),
            new Named("space", "%20"),
            new Named("sql", enc("' OR 1=1 --")),
            new Named("script", enc("<script>alert(1)</script>")),
            new Named("jndi", enc("${jndi:ldap://x}")),
            new Named("invalid-utf8", "%FF%FE"),
            new Named("overlong-utf8", "%C0%AE"),
            new Named("dot-dot", "%2E%2E"),
            new Named("upper-code", "HEALTH"));

    /** Values of a query parameter, already percent-encoded. */
    static final List<Named> QUERY = queryValues();

    private static List<Named> queryValues() {
        List<Named> q = new ArrayList<>();
        for (String v : List.of("abc", "-1", "0", "99999999999999999999", "1e400", "1.5", "2024-02-30", "2024-13-01",
                "yesterday", "2024-02-30T09:00:00+07:00", "NOT_A_VALUE", "' OR 1=1 --", "<script>alert(1)</script>",
                "${jndi:ldap://x}", " ", "true", "+1", "0x10", "-2147483649", "2147483648")) {
            q.add(new Named(v.length() > 20 ? v.substring(0, 20) : v, enc(v)));
        }
        q.add(new Named("nul", "%00"));
        q.add(new Named("invalid-utf8", "%FF%FE"));
        q.add(new Named("long", "7".repeat(2_000)));
        q.add(new Named("empty", ""));
        return q;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Deeply nested JSON: arrays or objects, {@code depth} levels. */
    static String deep(int depth, boolean objects) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(objects ? "{\"a\":" : "[");
        }
        sb.append("1");
        for (int i = 0; i < depth; i++) {
            sb.append(objects ? "}" : "]");
        }
        return sb.toString();
    }
}
