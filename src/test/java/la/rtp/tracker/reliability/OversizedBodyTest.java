package la.rtp.tracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A body over the 2 MB limit ({@code quarkus.http.limits.max-body-size}) is refused with 413
 * by the HTTP layer, whether it announces its length (refused before it is read) or streams it
 * in chunks (cut off at the limit while it is read), and changes nothing: the body is valid
 * JSON for a new organisation, padded with white space, so a limit not enforced would create it. Written on a raw socket: HTTP clients refuse to send such requests, or stop
 * reading the answer once the server closes early.
 */
@QuarkusTest
class OversizedBodyTest {

    private static final int THREE_MB = 3 * 1024 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void announcedOversizedBodyIs413AndChangesNothing() throws IOException {
        DatabaseSnapshot db = new DatabaseSnapshot(dataSource);
        Map<String, Long> before = db.take();
        String head = "POST /api/v1/organizations HTTP/1.1\r\nHost: localhost\r\n" + auth()
                + "Content-Type: application/json\r\nContent-Length: " + THREE_MB + "\r\n\r\n";
        String status = send(head, false);
        assertEquals("413", status, "status of an announced 3 MB body");
        assertEquals(Map.of(), DatabaseSnapshot.diff(before, db.take()));
    }

    @Test
    void chunkedOversizedBodyIs413AndChangesNothing() throws IOException {
        DatabaseSnapshot db = new DatabaseSnapshot(dataSource);
        Map<String, Long> before = db.take();
        String head = "POST /api/v1/organizations HTTP/1.1\r\nHost: localhost\r\n" + auth()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        String status = send(head, true);
        assertEquals("413", status, "status of a chunked 3 MB body");
        assertEquals(Map.of(), DatabaseSnapshot.diff(before, db.take()));
    }

    private static String auth() {
        String credentials = "admin:" + Api.ADMIN_PASSWORD;
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    /** Sends the head and up to 3 MB of JSON-ish bytes; returns the status code of the answer. */
    private String send(String head, boolean chunked) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            // Valid JSON all along: an organisation, then megabytes of white space, then '}'. Were the
            // limit not enforced, this would create the organisation.
            byte[] opening = ("{\"name\":\"" + Api.unique("Oversized") + "\",\"acronym\":\"O\",\"type\":\"NGO\"")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            System.arraycopy(opening, 0, chunk, 0, opening.length);
            chunk[chunk.length - 1] = '}'; // only the last chunk's brace survives as the closing one
            java.util.Arrays.fill(chunk, opening.length, chunk.length - 1, (byte) ' ');
            try {
                for (int sent = 0; sent < THREE_MB; sent += chunk.length) {
                    if (sent > 0) {
                        java.util.Arrays.fill(chunk, 0, opening.length, (byte) ' ');
                    }
                    chunk[chunk.length - 1] = sent + chunk.length >= THREE_MB ? (byte) '}' : (byte) ' ';
                    if (chunked) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else {
                        out.write(chunk);
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (SocketException e) {
                // the server may answer and close before the whole body is sent: that is the point
            }
            String answer = readHead(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 "), "an HTTP answer, got: " + answer);
            return answer.substring(9, 12);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && buffer.size() < 8192) {
            buffer.write(b);
            if (buffer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return buffer.toString(StandardCharsets.ISO_8859_1);
    }
}
