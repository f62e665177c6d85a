/**
 * The directory's workspace pages under {@code /app/directory} and {@code /app/nsedp}: they read
 * and write through {@link la.rtp.tracker.swg.DirectoryService} and
 * {@link la.rtp.tracker.swg.NsedpService}, and use the shell of {@link la.rtp.tracker.web} (layout,
 * {@link la.rtp.tracker.web.Workspace}, {@link la.rtp.tracker.web.Submission}).
 */
package la.rtp.tracker.swg.web;
