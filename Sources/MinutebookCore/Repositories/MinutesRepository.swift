/// Taking attendance, drafting, approving and correcting minutes. Each method is one intention and
/// one transaction, audited as `editor`. Approved minutes are fixed: every edit of them throws a
/// `.conflict` DomainError and leaves the database unchanged.
public protocol MinutesRepository: Sendable {
    /// Replaces the meeting's attendance list; a scheduled meeting becomes held.
    func recordAttendance(_ entries: [AttendanceInput], meetingID: Int64, by editor: Editor) async throws
    /// Creates one minute per agenda item, numbered by the partnership's `MinuteNumbering` after the
    /// body's earlier minutes of the municipal year; the meeting's minutes become a draft.
    /// Returns the numbers given.
    func startMinutes(meetingID: Int64, by editor: Editor) async throws -> [MinuteNumber]
    /// Saves one draft minute: narrative, post-meeting note, resolutions (replaced) and actions
    /// (kept by id, added, or removed when left out — refused when a removed action has updates).
    func saveMinute(_ edit: MinuteEdit, by editor: Editor) async throws
    /// Approves the minutes: they are fixed from now on.
    func approveMinutes(meetingID: Int64, _ approval: MinutesApproval, by editor: Editor) async throws
    /// Records a correction of approved minutes as a new note.
    func addCorrection(minuteID: Int64, text: String, recordedAtMeetingID: Int64?, by editor: Editor) async throws
    /// The corrections of a meeting's minutes, oldest first.
    func corrections(meetingID: Int64) async throws -> [MinuteCorrection]
    /// How the minutes were approved (nil while they are a draft).
    func approval(meetingID: Int64) async throws -> ApprovalRecord?
}
