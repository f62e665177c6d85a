package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/swgs/{code}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class SwgMeetingResource {

    /**
     * Create and reschedule; {@code version} is required when rescheduling. {@code swgs} (the
     * participating SWGs) and {@code provinceOrganizationId} are for RTP-level meetings only.
     */
    public record MeetingRequest(@NotBlank @Size(max = 300) @SingleLine String title, @NotNull MeetingKind kind,
            @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
            @Size(max = 300) @SingleLine String venue,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            @SingleLine String onlineLink,
            Long version,
            @Size(max = 50) List<@NotBlank @Size(max = 50) @SingleLine String> swgs,
            Long provinceOrganizationId) {

        /** An SWG meeting's request, as the workspace sends it. */
        public MeetingRequest(String title, MeetingKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
                String venue, String onlineLink, Long version) {
            this(title, kind, startsAt, endsAt, venue, onlineLink, version, null, null);
        }

        /** 422 unless the meeting ends after it starts. */
        void checkTimes() {
            if (!endsAt.isAfter(startsAt)) {
                throw new Problems.Invalid("endsAt", "endsAt must be after startsAt");
            }
        }

        void applyTo(Meeting m) {
            checkTimes();
            m.title = title.trim();
            m.kind = kind;
            m.schedule(startsAt, endsAt, blankToNull(venue), blankToNull(onlineLink));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    @Inject
    MeetingService meetings;

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createMeeting",
            summary = "Schedule a meeting of the SWG (status SCHEDULED); the answer may carry warnings: "
            + "another meeting that day, or earlier periods of this year without a regular meeting")
    public Response create(@PathParam("code") String code, @Valid @NotNull MeetingRequest request) {
        MeetingView view = meetings.schedule(code, request);
        return Response.created(UriBuilder.fromPath("/api/v1/meetings/{id}").build(view.id())).entity(view).build();
    }
}
