/**
 * Compliance of Sector Working Groups with the RTP Guideline (rules RTP-1 to RTP-11, written
 * down in {@code docs/domain.md}) and the figures shown beside them.
 *
 * <p>Everything here is pure: a loader elsewhere turns the database into one
 * {@link la.rtp.tracker.compliance.SwgYearSnapshot} per SWG and plan year, and each
 * {@link la.rtp.tracker.compliance.ComplianceRule} turns a snapshot and an as-of date into a
 * {@link la.rtp.tracker.compliance.Verdict}. No clock, no database, no HTTP: a report for a
 * past date must come out the same every time it is asked for, and plain JUnit can test every
 * boundary day.
 *
 * <p>Common semantics of "as of D" (all rules): a status is the last history entry dated on
 * or before D; anything dated after D has not happened yet; a deadline day itself is still
 * within the deadline.
 */
package la.rtp.tracker.compliance;
