/**
 * The web workspace under {@code /app}: server-rendered Qute pages in English and Lao for SWG
 * secretariats, chairs and the RTP secretariat. Pages sit on top of the feature packages and
 * call the same code as the REST resources; no feature package imports this one.
 *
 * <p>Every page follows one pattern: {@code GET} renders, a {@code POST} form changes something
 * and redirects ({@code 303}) back to a page, or renders the form again with the errors next to
 * their fields. {@link Workspace} carries the signed-in user, the language and the CSRF token.
 */
package la.rtp.tracker.web;
