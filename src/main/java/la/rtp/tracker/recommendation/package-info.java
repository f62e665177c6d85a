/**
 * What meetings come to, and the follow-up of the RTP's recommendations: the outcomes of agenda
 * items (decisions, recommendations, information), the answers of the SWGs a recommendation is
 * addressed to, the action items they link to it, and the register of recommendations with
 * each addressee's status as of a date.
 *
 * <p>This package reads the meeting package (meetings, agenda items, minutes, action items);
 * the meeting package never reads this one.
 */
package la.rtp.tracker.recommendation;
