import MinutebookCore

/// Reads shared by the API and the feeds: the bodies and meetings of a partnership as an audience may see
/// them, through the one meeting read model (`MeetingRepository.meetingDetail`).
public struct PublicRecord: Sendable {
    let directory: any DirectoryRepository
    let meetings: any MeetingRepository

    public init(directory: any DirectoryRepository, meetings: any MeetingRepository) {
        self.directory = directory
        self.meetings = meetings
    }

    /// Bodies of the partnership the audience may know of.
    public func bodies(_ partnership: Partnership, _ audience: Audience) async throws -> [Body] {
        try await directory.bodies(of: partnership.id).filter { body in
            Visibility.canSeeMeeting(
                bodyIsPublic: body.isPublic,
                grant: Visibility.grant(audience, bodyID: body.id, partnershipID: partnership.id))
        }
    }

    /// Every meeting of the partnership as the audience may see it, newest first.
    public func details(_ partnership: Partnership, _ audience: Audience) async throws -> [MeetingDetail] {
        var out: [MeetingDetail] = []
        for body in try await bodies(partnership, audience) {
            for meeting in try await directory.meetings(of: body.id, audience: audience, limit: 5_000) {
                if let detail = try await meetings.meetingDetail(id: meeting.id, audience: audience) { out.append(detail) }
            }
        }
        return out.sorted { ($0.meeting.date, $0.meeting.id) > ($1.meeting.date, $1.meeting.id) }
    }
}
