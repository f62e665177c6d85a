/**
 * The pages of recommendations. In the workspace, under {@code /app} ({@code RecommendationPages}):
 * the register as of today, one recommendation with the addressed SWGs' answers and the form an
 * SWG answers with; they call the recommendation services, parse fields with
 * {@link la.rtp.tracker.web.Forms} and write through {@link la.rtp.tracker.web.Submission}; their
 * words are the {@code recommendation} bundle, which the meeting page's outcome form uses too.
 * Printable, under {@code /reports/recommendations} ({@code RecommendationReportPages}): the
 * register in English or Lao, laid out like the other reports (their layout and the
 * {@code report} bundle), reading nothing of the compliance package.
 */
package la.rtp.tracker.recommendation.web;
