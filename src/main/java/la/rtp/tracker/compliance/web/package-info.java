/**
 * The printable HTML reports under {@code /reports}: the compliance matrix, one SWG's report and
 * the progress report, in English or Lao, rendered by {@code compliance/ComplianceHtml}.
 */
package la.rtp.tracker.compliance.web;
