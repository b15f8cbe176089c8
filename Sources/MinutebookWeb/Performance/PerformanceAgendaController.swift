import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat puts a performance paper on the board's next agenda: the indicator report with
/// its charts, or a strategy's exception report. The pack draws the paper from the data when it is
/// built (`PerformancePackSection`); sub-group reports go on through their own page.
struct PerformanceAgendaController {
    let directory: any DirectoryRepository
    let agendaReports: any PerformanceAgendaRepository
    let strategies: any StrategyRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.post("performance/agenda", use: place)
    }

    /// The board's next meeting that can still take papers.
    static func nextMeeting(of board: Body, directory: any DirectoryRepository, audience: Audience, today: LocalDate) async throws -> Meeting {
        let upcoming = try await directory.meetings(of: board.id, audience: audience, limit: 50)
            .filter { $0.date >= today && $0.status < .minutesApproved && $0.status != .cancelled }
            .min { $0.date < $1.date }
        guard let upcoming else { throw DomainError.notFound("\(board.name) has no meeting scheduled yet to take the report") }
        return upcoming
    }

    /// The board's first meeting after `after` (or from today) whose reports are not yet due.
    static func meetingTakingReports(
        of board: Body, directory: any DirectoryRepository, audience: Audience, today: LocalDate,
        after: LocalDate? = nil
    ) async throws -> Meeting? {
        try await directory.meetings(of: board.id, audience: audience, limit: 50)
            .filter { $0.date >= today && $0.status < .minutesApproved && $0.status != .cancelled }
            .filter { meeting in after.map { meeting.date > $0 } ?? true }
            .filter { SubGroupReportRules.deadline(for: $0.date) >= today }
            .min { $0.date < $1.date }
    }

    @Sendable func place(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await SecretariatScope.of(
            secretariat, directory: directory, refusal: "Only the secretariat can put papers on the board's agenda")
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        guard let kind = form["kind"].flatMap(PerformanceAgendaReport.Kind.init(rawValue:)) else {
            throw DomainError.invalid("Choose the indicator report or an exception report")
        }
        var strategyID: Int64?
        var title = kind.defaultTitle
        if kind == .exceptions {
            guard let id = form["strategy"].flatMap({ Int64($0) }),
                let strategy = try await strategies.strategy(id: id, audience: context.audience), strategy.partnershipID == scope.partnership.id
            else {
                throw DomainError.invalid("Choose the strategy whose exception report goes to the board")
            }
            strategyID = id
            title = "\(strategy.fullTitle): exception report"
        }
        let meeting = try await Self.nextMeeting(of: scope.board, directory: directory, audience: context.audience, today: Today.date)
        _ = try await agendaReports.place(kind, strategyID: strategyID, meetingID: meeting.id, title: title, by: scope.editor)
        var back = strategyID.map { "/strategy/\($0)?onAgenda=\(meeting.date.iso)" } ?? "/performance?onAgenda=\(meeting.date.iso)"
        if AgendaEntry.joinsAsSupplementary(meetingStatus: meeting.status, packIssued: false) { back += "&supplementary=1" }
        return scope.redirect(back)
    }
}
