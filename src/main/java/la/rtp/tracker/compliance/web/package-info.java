/**
 * The printable HTML reports under {@code /reports}: the compliance matrix, one SWG's report and
 * the progress report, in English or Lao, rendered by {@code compliance/ComplianceHtml}. The
 * progress report's recommendations are read here from the recommendation package and passed
 * in, so that the compliance package itself never reads it. The register of recommendations has
 * its own page, in {@code recommendation/web}.
 */
package la.rtp.tracker.compliance.web;
