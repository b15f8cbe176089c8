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
