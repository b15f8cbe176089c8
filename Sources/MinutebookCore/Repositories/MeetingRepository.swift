/// Meetings as read by pages, the API and exports. Every read that may return Part 2 or draft
/// material takes an `Audience` and returns only what `Visibility` allows.
public protocol MeetingRepository: Sendable {
    /// The meeting of a body on a date. The body is named by slug or name, within the partnership
    /// named by `partnership` (slug or name) when given. Throws `DomainError.notFound` for an unknown
    /// body or partnership and `.conflict` when the body name is ambiguous; nil when the body has no
    /// meeting that day.
    func meeting(bodySlugOrName: String, partnership: String?, date: LocalDate) async throws -> Meeting?

    /// The meeting with its body, partnership, agenda, attendance, minutes, actions and documents,
    /// as `audience` may see it; nil when there is no such meeting or the audience may not know of it.
    func meetingDetail(id: Int64, audience: Audience) async throws -> MeetingDetail?

    /// The meeting of body `bodyID` on `date`, as `meetingDetail(id:audience:)` gives it, in one read.
    func meetingDetail(bodyID: Int64, date: LocalDate, audience: Audience) async throws -> MeetingDetail?

    /// Everything the meeting page at /p/{partnership}/bodies/{body}/meetings/{date} shows, in one
    /// read (slugs; the detail cut to `audience` as `meetingDetail(id:audience:)` cuts it).
    func meetingPage(partnership: String, body: String, date: LocalDate, audience: Audience) async throws -> MeetingPageRecord

    /// Ids of every meeting of every body, by partnership, body and date (for exports).
    func allMeetingIDs() async throws -> [Int64]

    /// Dates of a body's meetings, oldest first (for "did you mean" messages and navigation).
    func meetingDates(of bodyID: Int64) async throws -> [LocalDate]
}
