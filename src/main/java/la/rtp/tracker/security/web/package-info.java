/**
 * The users page under {@code /app/users} (RTP secretariat only): it reads and writes through
 * {@link la.rtp.tracker.security.UserService} and uses the shell of {@link la.rtp.tracker.web}.
 */
package la.rtp.tracker.security.web;
