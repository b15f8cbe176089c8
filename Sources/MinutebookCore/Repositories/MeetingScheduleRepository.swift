/// Changes to a meeting's date or time, and cancellations, each with its reason kept in the history.
/// The iCalendar SEQUENCE goes up with every change (the schema's trigger), so calendars update.
public protocol MeetingScheduleRepository: Sendable {
    /// Moves a meeting not yet held to `date` (and `start`, when given); refused onto a date the body already meets.
    func moveMeeting(
        _ meetingID: Int64, to date: LocalDate, start: LocalTime?, reason: String?,
        by editor: ActionEditor
    ) async throws -> Meeting
    /// Cancels a meeting not yet held.
    func cancelMeeting(_ meetingID: Int64, reason: String?, by editor: ActionEditor) async throws -> Meeting
    /// The meeting's changes, oldest first.
    func changes(of meetingID: Int64) async throws -> [MeetingChange]
    /// The body's meeting on `date`; `.notFound` when it has none.
    func meeting(bodyID: Int64, on date: LocalDate) async throws -> Meeting
}
