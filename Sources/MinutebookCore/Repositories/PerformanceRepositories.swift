/// Repositories of performance reporting (issue 9). Every write takes the `Editor`, which the store
/// records on each changed row in the same transaction.
/// Reads that may return drafts take an `Audience` and apply `PerformanceVisibility`.

/// Indicator definitions, targets and actuals.
public protocol IndicatorRepository: Sendable {
    /// Indicators of a partnership that `audience` may see, in display order.
    func indicators(of partnershipID: Int64, audience: Audience) async throws -> [Indicator]
    func indicator(code: String, in partnershipID: Int64, audience: Audience) async throws -> Indicator?
    /// Defines a new indicator; a duplicate code is a conflict.
    func define(_ indicator: Indicator, by editor: Editor) async throws -> Indicator
    /// Changes a definition (name, unit, direction, owner, source, tolerance, owning body, published);
    /// the code stays, as imports and links use it.
    func update(_ indicator: Indicator, by editor: Editor) async throws
    /// Sets (or replaces) the target of the indicator for the target's year.
    func setTarget(_ target: AnnualTarget, by editor: Editor) async throws
    func targets(of indicatorID: Int64) async throws -> [AnnualTarget]
    func actuals(of indicatorID: Int64) async throws -> [Actual]
    /// Records actuals in one transaction: all or nothing. A figure for a period and area already
    /// recorded is replaced (a corrected return).
    func record(_ actuals: [Actual], by editor: Editor) async throws
    /// Imports a CSV of actuals (`ActualsCSV`) for the partnership's indicators: every row is checked
    /// first, a bad row refuses the file with its line number, and nothing is recorded. Returns the count.
    func importActuals(csv: String, partnershipID: Int64, by editor: Editor) async throws -> Int
    /// The same for rows already read from a spreadsheet (`XLSXSheetReader`), numbered as Excel numbers them.
    func importActuals(records: [ActualsCSV.Record], partnershipID: Int64, by editor: Editor) async throws -> Int
}

/// Strategies with their priorities, objectives, delivery-plan actions and milestones.
public protocol StrategyRepository: Sendable {
    func strategies(of partnershipID: Int64, audience: Audience) async throws -> [Strategy]
    /// The whole tree, or nil when missing or not visible to `audience`.
    func strategy(id: Int64, audience: Audience) async throws -> Strategy?
    /// Saves a new strategy with its whole tree (ids in the argument are ignored).
    func create(_ strategy: Strategy, by editor: Editor) async throws -> Strategy
    func publish(strategyID: Int64, by editor: Editor) async throws
    /// The lead's update of a delivery-plan action.
    func updateAction(id: Int64, status: DeliveryStatus, note: String, by editor: Editor) async throws
    func completeMilestone(id: Int64, on date: LocalDate, by editor: Editor) async throws
    /// Renames a strategy or changes its years.
    func updateStrategy(id: Int64, title: String, firstYear: Int, lastYear: Int, by editor: Editor) async throws
    /// Adds a priority at the end of the strategy; returns its id.
    func addPriority(strategyID: Int64, name: String, summary: String, by editor: Editor) async throws -> Int64
    /// Adds an objective at the end of the priority; returns its id.
    func addObjective(priorityID: Int64, text: String, by editor: Editor) async throws -> Int64
    /// Moves a priority one place up (`by: -1`) or down (`by: 1`) within its strategy; no move past either end.
    func movePriority(id: Int64, strategyID: Int64, by offset: Int, by editor: Editor) async throws
    /// Removes a priority that has no objectives (its objectives must be removed or kept).
    func removePriority(id: Int64, strategyID: Int64, by editor: Editor) async throws
    /// Moves an objective one place up or down within its priority.
    func moveObjective(id: Int64, strategyID: Int64, by offset: Int, by editor: Editor) async throws
    /// Removes an objective that has no delivery-plan actions.
    func removeObjective(id: Int64, strategyID: Int64, by editor: Editor) async throws
    /// Adds a delivery-plan action (with its milestones and indicator links) at the end of the objective.
    func addAction(objectiveID: Int64, _ action: DeliveryAction, by editor: Editor) async throws -> Int64
    /// Changes an action's title, lead, due date, status and note, and replaces its indicator links.
    func editAction(_ action: DeliveryAction, by editor: Editor) async throws
    func addMilestone(actionID: Int64, title: String, due: LocalDate, by editor: Editor) async throws -> Int64
}

/// The risk register of a board and its review history.
public protocol RiskRegisterRepository: Sendable {
    /// Risks of `bodyID` (open and closed); nil when `audience` may not see the register.
    func risks(of bodyID: Int64, audience: Audience) async throws -> [Risk]?
    func reviews(of bodyID: Int64) async throws -> [RiskReview]
    /// Adds a risk; a duplicate reference on the body is a conflict.
    func add(_ risk: Risk, by editor: Editor) async throws -> Risk
    /// Records a review: the new residual score, the note, and when it is next due.
    func review(_ review: RiskReview, nextReviewOn: LocalDate?, by editor: Editor) async throws
    func close(riskID: Int64, on date: LocalDate, by editor: Editor) async throws
}

/// Sub-group reports to the board.
public protocol SubGroupReportRepository: Sendable {
    func report(id: Int64) async throws -> SubGroupReport?
    /// The board meeting a report is for.
    func meeting(of report: SubGroupReport) async throws -> Meeting?
    /// Reports for a board meeting.
    func reports(forMeeting meetingID: Int64) async throws -> [SubGroupReport]
    /// Reports of a sub-group, newest first.
    func reports(ofSubGroup bodyID: Int64) async throws -> [SubGroupReport]
    /// Creates or updates the draft of the sub-group for the meeting (one report per pair).
    func saveDraft(_ report: SubGroupReport, by editor: Editor) async throws -> SubGroupReport
    /// Files the report: refused with the field problems if the template is incomplete.
    func file(reportID: Int64, on date: LocalDate, by editor: Editor) async throws
    /// Puts a filed report on the board meeting's agenda as the sub-group's item; returns the item id.
    func placeOnAgenda(reportID: Int64, by editor: Editor) async throws -> Int64
    /// Records the board's resolutions under the minute of the report's agenda item; returns the minute id.
    func resolve(reportID: Int64, resolutions: [String], by editor: Editor) async throws -> Int64
    /// What the board's secretariat is told of the filed report, as of `date` (whose seats they hold).
    func filingNotice(reportID: Int64, on date: LocalDate) async throws -> ReportFiledNotice?
}

/// Who leads on what.
public protocol LeadDirectoryRepository: Sendable {
    /// Entries with names resolved (a seat's current holder); contact details filtered for `audience`.
    func entries(of partnershipID: Int64, audience: Audience) async throws -> [DirectoryEntry]
    func add(_ entry: DirectoryEntry, by editor: Editor) async throws -> DirectoryEntry
    /// The entry as entered (its own contact details only, nothing resolved from the seat), for the edit form.
    func storedEntry(id: Int64, partnershipID: Int64) async throws -> DirectoryEntry?
    /// Changes the theme, who leads (seat or person), the organisation and the contact details.
    func update(_ entry: DirectoryEntry, by editor: Editor) async throws
    func remove(entryID: Int64, partnershipID: Int64, by editor: Editor) async throws
}

/// Performance reports placed on a board's agenda.
public protocol PerformanceAgendaRepository: Sendable {
    /// Adds an item for the report to the meeting's agenda (the agenda's own insert and renumbering).
    func place(_ kind: PerformanceAgendaReport.Kind, strategyID: Int64?, meetingID: Int64, title: String, by editor: Editor) async throws -> Int64
    /// The performance reports on a meeting's agenda, by agenda item id.
    func reports(onMeeting meetingID: Int64) async throws -> [Int64: PerformanceAgendaReport]
}

/// The sub-group chair's emailed link to file the report for a board meeting without an account.
public protocol ReportRequestRepository: Sendable {
    /// Creates the link for the current chair of the sub-group (the holder of its chair's seat, with an
    /// email address), valid until the end of the filing deadline. The plain token is returned once.
    func createRequest(subGroupID: Int64, meetingID: Int64, today: LocalDate, by editor: Editor) async throws -> ReportRequestMail
    /// The link's page, or why it cannot be used.
    func open(token: String) async throws -> (LinkState, ReportRequestPage?)
    /// Saves and files the report and spends the link, in one transaction; refused (changing nothing)
    /// if the link cannot be used or the template is incomplete. Returns the report id.
    func file(token: String, report: SubGroupReport, on date: LocalDate) async throws -> Int64
    /// Withdraws the unused links behind `tokens`, made for emails the mail server refused, so no
    /// link exists that nobody was sent; returns how many.
    func withdraw(tokens: [String], by editor: Editor) async throws -> Int
}
