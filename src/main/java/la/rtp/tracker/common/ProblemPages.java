package la.rtp.tracker.common;

import jakarta.ws.rs.core.Response;

/**
 * A human-facing part of the service (the web workspace) may answer a problem with a page of
 * its own instead of problem+json. {@link ProblemMapper} asks the one implementation, if there
 * is one, before it writes problem+json; common code so knows nothing of the pages.
 */
public interface ProblemPages {

    /** A page for this problem on this path, or null when the path is not a page's. */
    Response render(ProblemException problem, String path);
}
