package la.rtp.tracker.common;

/** Lets tests of other packages ask {@link CanonicalPaths} directly. */
public final class CanonicalPathsProbe {
    private CanonicalPathsProbe() {
    }

    public static boolean canonical(String path) {
        return CanonicalPaths.canonical(path);
    }
}
