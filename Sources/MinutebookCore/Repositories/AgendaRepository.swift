/// Agendas: templates, scheduling (which drafts the agenda), editing, report versions, issuing.
/// Every write is one audited transaction by `editor`.
public protocol AgendaRepository: Sendable {
    /// The body's standing items; the standard template when it has none of its own.
    func template(of bodyID: Int64) async throws -> [AgendaTemplateItem]
    /// Whether the body has standing items of its own (else it drafts from the standard template).
    func hasOwnTemplate(_ bodyID: Int64) async throws -> Bool
    func replaceTemplate(of bodyID: Int64, with items: [AgendaTemplateItem], by editor: Editor) async throws
    /// Applies one change to the body's standing items (starting from the standard template when it
    /// has none of its own) in one transaction; returns the template as stored.
    func changeTemplate(of bodyID: Int64, _ change: AgendaTemplateChange, by editor: Editor) async throws -> [AgendaTemplateItem]

    /// Creates the meeting and drafts its agenda from the template, the forward plan and deferred
    /// items (forward-plan items taken onto the agenda become `scheduled` for it).
    func scheduleMeeting(_ schedule: MeetingSchedule, by editor: Editor) async throws -> Meeting

    /// The agenda as `audience` may see it (Part 2 items only with a Part 2 grant); nil for no meeting.
    func agenda(of meetingID: Int64, audience: Audience) async throws -> Agenda?

    /// Adds an item at `position` (1-based; nil = at the end, before Part 2), renumbering the agenda.
    /// Items added after the pack was issued are supplementary.
    func addItem(_ item: NewAgendaItem, to meetingID: Int64, at position: Int?, by editor: Editor) async throws -> Int64
    func updateItem(_ itemID: Int64, _ change: AgendaItemChange, by editor: Editor) async throws
    /// Moves an item to `position` (1-based) and renumbers.
    func moveItem(_ itemID: Int64, to position: Int, by editor: Editor) async throws
    func removeItem(_ itemID: Int64, by editor: Editor) async throws

    /// Stores `upload` as the next version of the item's report.
    func attachReport(_ upload: ReportUpload, to itemID: Int64, by editor: Editor) async throws -> ReportVersion
    /// The bytes of a stored report version, if `audience` may see it (`Visibility.canSeeDocument` on
    /// the report and its item's part, the meeting's status); throws `.forbidden` otherwise.
    func reportContent(documentID: Int64, audience: Audience) async throws -> [UInt8]?
    /// The next free report reference in the partnership's pattern, for an item of `meetingID`.
    func nextReportReference(for meetingID: Int64) async throws -> String?

    /// Records the issue of the pack: date of issue, the public pack stored and published on the
    /// meeting page, the members' pack (Part 2 included) stored with the issue, the meeting's agenda
    /// marked published. Each issue is a new version. Once the meeting's minutes are approved a new
    /// version needs its `reason` (`FixedAgenda.reissueProblem`). Returns the issue, not yet mailed.
    func recordIssue(
        of meetingID: Int64, on date: LocalDate, publicPack: PackFiles, membersPack: PackFiles,
        reason: String?, by editor: Editor
    ) async throws -> PackIssue
    /// Records how the members were emailed about `issueID`.
    func recordMailing(of issueID: Int64, emailed: Int, note: String?, by editor: Editor) async throws
    /// The latest issue of the meeting's pack; nil when it has not been issued.
    func packIssue(of meetingID: Int64) async throws -> PackIssue?
    /// The latest issued public pack of the meeting, as PDF or its accessible HTML version.
    func publishedPack(of meetingID: Int64, format: ReportFormat) async throws -> [UInt8]?
    /// The `edition` of the meeting's latest issued pack as stored at the issue; nil when the pack
    /// has not been issued (or, for the members' edition, its latest issue predates storing it).
    /// Throws `.forbidden` when `audience` may not have the edition (`Visibility.canSeeIssuedPack`).
    func issuedPack(of meetingID: Int64, edition: PackEdition, format: ReportFormat, audience: Audience) async throws -> IssuedPackFile?
}

extension AgendaRepository {
    /// An issue with no reason given (a meeting whose minutes are not yet approved).
    @discardableResult
    public func recordIssue(
        of meetingID: Int64, on date: LocalDate, publicPack: PackFiles, membersPack: PackFiles,
        by editor: Editor
    ) async throws -> PackIssue {
        try await recordIssue(of: meetingID, on: date, publicPack: publicPack, membersPack: membersPack, reason: nil, by: editor)
    }
}
