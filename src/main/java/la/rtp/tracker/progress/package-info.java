/**
 * An SWG's quarterly progress report: statuses and narratives of its activities, money in US
 * dollars and kip at the year's rate, meetings and actions, as of a date. Built here as a plain
 * record so that the page, the JSON and documents render the same report.
 */
package la.rtp.tracker.progress;
