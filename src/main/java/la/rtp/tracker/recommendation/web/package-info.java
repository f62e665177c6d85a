/**
 * The printable register of recommendations under {@code /reports/recommendations}, in English
 * or Lao, laid out like the other reports (their layout and words, the {@code report} bundle).
 * It reads the register of this capability and nothing of the compliance package.
 */
package la.rtp.tracker.recommendation.web;
