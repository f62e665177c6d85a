package la.rtp.tracker.partner;

/**
 * Examples of the minutes feed's answers in the OpenAPI document, for partners writing a client.
 * The lint checks them against the schemas; fields that are null are left out.
 */
final class MinutesExamples {

    static final String ONE = """
            {
              "meetingId": 42,
              "swg": "health",
              "title": "Health SWG regular meeting, first quarter",
              "meetingDate": "2025-03-12",
              "language": "en",
              "body": "## Decisions\\n\\n1. The draft workplan goes to members by 31 March.\\n",
              "bodyHtml": "<h2>Decisions</h2>\\n<ol>\\n<li>The draft workplan goes to members by 31 March.</li>\\n</ol>\\n",
              "publishedOn": "2025-03-19",
              "publishedAt": "2025-03-19T04:30:00Z",
              "updatedAt": "2025-03-19T04:30:00Z",
              "attendance": {
                "total": 34,
                "women": 15,
                "byOrganizationType": {"GOVERNMENT": 18, "DEVELOPMENT_PARTNER": 12, "NGO": 4}
              },
              "actionItems": [
                {
                  "id": 7,
                  "description": "Circulate the draft 2025 workplan to members",
                  "ownerOrganizationId": 3,
                  "ownerOrganization": "Ministry of Health",
                  "dueDate": "2025-03-31",
                  "status": "OPEN",
                  "statusOn": "2025-03-12"
                }
              ]
            }""";

    static final String PAGE = "{\"items\": [" + ONE + "], \"nextCursor\": \"djF8MjAyNS0wMy0xMlQwMjowMDowMFp8NDI\"}";

    private MinutesExamples() {
    }
}
