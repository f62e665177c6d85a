package la.rtp.tracker.meeting;

/**
 * Examples of meeting answers in the OpenAPI document, for partners writing a client: a meeting
 * as lists and partners see it. The lint checks it against the schema; null fields are left out.
 */
final class MeetingExamples {

    static final String ONE = """
            {
              "id": 42,
              "swg": "health",
              "organiser": "SWG",
              "swgs": [],
              "title": "Health SWG regular meeting, first quarter",
              "kind": "REGULAR",
              "status": "HELD",
              "startsAt": "2025-03-12T09:00:00+07:00",
              "endsAt": "2025-03-12T12:00:00+07:00",
              "date": "2025-03-12",
              "quarter": 1,
              "year": 2025,
              "venue": "Ministry of Health, Vientiane",
              "heldAt": "2025-03-12T12:05:00+07:00",
              "sequence": 0,
              "version": 4,
              "agenda": [
                {
                  "id": 101,
                  "meetingId": 42,
                  "position": 1,
                  "title": "Health sector progress against the NSEDP outcomes",
                  "presenter": "Department of Planning and Cooperation",
                  "nsedpOutcomes": [1, 2],
                  "version": 0
                }
              ],
              "attendance": {
                "total": 34,
                "women": 15,
                "byOrganizationType": {"GOVERNMENT": 18, "DEVELOPMENT_PARTNER": 12, "NGO": 4}
              },
              "minutes": {
                "language": "en",
                "published": true,
                "publishedOn": "2025-03-19",
                "publishedAt": "2025-03-19T04:30:00Z",
                "updatedAt": "2025-03-19T04:30:00Z",
                "version": 2
              },
              "actionItemCount": 1
            }""";

    private MeetingExamples() {
    }
}
