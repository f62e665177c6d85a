/**
 * The workspace pages of recommendations under {@code /app}: the register as of today, one
 * recommendation with the addressed SWGs' answers and the form an SWG answers with. They call the
 * recommendation services, parse fields with {@link la.rtp.tracker.web.Forms} and write through
 * {@link la.rtp.tracker.web.Submission}; their words are the {@code recommendation} bundle, which
 * the meeting page's outcome form uses too.
 */
package la.rtp.tracker.recommendation.web;
