/**
 * The shell of the web workspace under {@code /app}: the layout, the home page, sign-in and
 * sign-out, error pages, CSRF, the language, the form-field parser ({@link Forms}) and the one
 * form-submission helper ({@link Submission}). The pages of each capability sit beside it, in
 * {@code meeting/web}, {@code workplan/web}, {@code swg/web}, {@code security/web},
 * {@code compliance/web} and {@code recommendation/web}, and call that capability's services,
 * never its REST resources.
 *
 * <p>Every page follows one pattern: {@code GET} renders, a {@code POST} form changes something
 * through a service and redirects ({@code 303}) back to a page, or renders the form again with
 * the errors next to their fields ({@link Submission}). {@link Workspace} carries the signed-in
 * user, the role groups, the language and the CSRF token.
 */
package la.rtp.tracker.web;
