/**
 * The workspace pages of meetings under {@code /app}: scheduling, the meeting page with its
 * agenda (and the outcomes of its items), attendance, minutes and action items. They call the
 * meeting and outcome services (never a REST resource), parse form fields with
 * {@link la.rtp.tracker.web.Forms} and write through {@link la.rtp.tracker.web.Submission}; their
 * words are the {@code meeting} message bundle (the outcomes' the {@code recommendation} one).
 */
package la.rtp.tracker.meeting.web;
