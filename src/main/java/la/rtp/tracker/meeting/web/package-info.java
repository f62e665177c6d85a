/**
 * The workspace pages of meetings under {@code /app}: scheduling, the meeting page with its
 * agenda, attendance, minutes and action items. They call the meeting services (never a REST
 * resource), parse form fields with {@link la.rtp.tracker.web.Forms} and write through
 * {@link la.rtp.tracker.web.Submission}; their words are the {@code meeting} message bundle.
 */
package la.rtp.tracker.meeting.web;
