/// The meeting day: the secretariat opens a meeting, keeps the register, takes the items in any
/// order, records votes and declarations, and closes it into draft minutes and tracked actions.
/// Each method is one intention and one transaction, audited as `editor`. A closed meeting, or one
/// whose minutes are approved, refuses every change with a `.conflict`.
public protocol MeetingDayRepository: Sendable {
    /// Opens the meeting "in progress". Refused when its minutes were already started, or it is
    /// cancelled or approved. Opening an open meeting again does nothing.
    func openMeeting(meetingID: Int64, by editor: Editor) async throws
    /// The meeting as taken so far; nil when it was never opened.
    func liveMeeting(meetingID: Int64) async throws -> LiveMeeting?
    /// Replaces the meeting's attendance register; a scheduled meeting becomes held.
    func recordRegister(_ entries: [RegisterEntry], meetingID: Int64, by editor: Editor) async throws
    /// Marks an item taken, deferred or withdrawn, giving it the next minute number when it has none
    /// (`LiveNumbering`). Returns its number.
    @discardableResult
    func takeItem(agendaItemID: Int64, as state: LiveItemState, by editor: Editor) async throws -> MinuteNumber
    /// Saves an item's notes, resolutions and actions when `edit.version` is still the item's
    /// version, and returns the new version; otherwise throws a `.conflict` and changes nothing.
    func saveItem(_ edit: LiveItemEdit, by editor: Editor) async throws -> Int
    /// Records a vote, checking the quorum and counts against the register at the item's minute.
    @discardableResult
    func recordVote(_ vote: VoteInput, by editor: Editor) async throws -> RecordedVote
    func removeVote(id: Int64, meetingID: Int64, by editor: Editor) async throws
    @discardableResult
    func recordDeclaration(_ declaration: DeclarationInput, by editor: Editor) async throws -> Int64
    func removeDeclaration(id: Int64, meetingID: Int64, by editor: Editor) async throws
    /// Who may vote at the item (voting members present at its minute), and the body's voting seats.
    func voters(agendaItemID: Int64) async throws -> VoterRoll
    /// Closes the meeting: every item's notes become a draft minute under its number (in number
    /// order), resolutions and actions go with them (actions straight into the tracker), and the
    /// meeting's minutes become a draft. Refused while an item is neither taken, deferred nor withdrawn.
    func closeMeeting(meetingID: Int64, by editor: Editor) async throws
}
