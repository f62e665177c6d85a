/** The printable page of an SWG's quarterly progress report, rendered from {@code progress/SwgProgressReport}. */
package la.rtp.tracker.progress.web;
