import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// Escalation: a sub-group sends one of its decisions, or an indicator, to the board. It becomes a
/// forward-plan item of the board, scheduled for the board's next meeting (so on its agenda), or
/// left proposed for the secretariat to place when no meeting is scheduled yet.
struct EscalationController {
    let directory: any DirectoryRepository
    let indicators: any IndicatorRepository
    let forwardPlan: any ForwardPlanRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.body.post("escalate", use: escalateDecision)
        routes.partnership.post("performance/indicators/:code/escalate", use: escalateIndicator)
    }

    /// The partnership, the sub-group (checked: its members or the secretariat) and the board it reports to.
    func bodies(_ context: AppRequestContext, subGroupID: Int64) async throws -> (Partnership, Body, Body) {
        let partnership = try context.pathPartnership()
        let all = try await directory.bodies(of: partnership.id)
        guard let subGroup = all.first(where: { $0.id == subGroupID }),
            let board = all.first(where: { $0.id == subGroup.reportsToBodyID })
        else {
            throw DomainError.notFound("Only a sub-group that reports to a board can escalate to it")
        }
        guard PerformanceVisibility.canSeeDrafts(of: subGroup, audience: context.audience) else {
            throw DomainError.forbidden("Only members of \(subGroup.name) and the secretariat can escalate its business to the board")
        }
        return (partnership, subGroup, board)
    }

    /// The board's next meeting that is neither approved nor cancelled.
    func nextMeeting(of board: Body, _ context: AppRequestContext) async throws -> Meeting? {
        let today = Today.date
        return try await directory.meetings(of: board.id, audience: context.audience, limit: 50)
            .filter { $0.date >= today && $0.status < .minutesApproved && $0.status != .cancelled }
            .min { $0.date < $1.date }
    }

    func escalate(
        title: String, notes: String?, lead: String?, indicatorID: Int64? = nil, from subGroup: Body, to board: Body,
        editor: Editor, _ context: AppRequestContext
    ) async throws -> ForwardPlanItem {
        let meeting = try await nextMeeting(of: board, context)
        return try await forwardPlan.propose(
            ForwardPlanProposal(
                title: title, proposer: subGroup.name, leadOfficer: lead,
                targetMeetingID: meeting?.id, notes: notes, indicatorID: indicatorID),
            for: board.id, by: editor)
    }

    @Sendable func escalateDecision(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, editor) = try context.requireAccount(request)
        let (partnership, subGroup, board) = try await bodies(context, subGroupID: try context.pathBody().1.id)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        guard let decision = form.nonEmpty("decision") else { throw DomainError.invalid("Enter the decision to escalate") }
        _ = try await escalate(
            title: "Escalated by \(subGroup.name): \(decision)", notes: form.nonEmpty("notes"),
            lead: form.nonEmpty("lead"), from: subGroup, to: board, editor: editor, context)
        let back =
            form.nonEmpty("return").flatMap { $0.hasPrefix(SitePath.partnership(partnership.slug).path + "/") ? $0 : nil }
            ?? SitePath.performance(partnership: partnership.slug).path
        return Response(status: .seeOther, headers: [.location: back + (back.contains("?") ? "&" : "?") + "escalated=1"])
    }

    @Sendable func escalateIndicator(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, editor) = try context.requireAccount(request)
        let partnership = try context.pathPartnership()
        let code = try context.parameters.require("code")
        guard let indicator = try await indicators.indicator(code: code, in: partnership.id, audience: context.audience) else {
            throw DomainError.notFound("There is no indicator '\(code)' here")
        }
        let (_, subGroup, board) = try await bodies(context, subGroupID: indicator.bodyID)
        let summary = IndicatorSummary(
            indicator: indicator, targets: try await indicators.targets(of: indicator.id),
            actuals: try await indicators.actuals(of: indicator.id))
        let evidence =
            summary.progress.map { p in
                "\(indicator.unit.format(p.actual)) by \(p.through.long) against \(indicator.unit.format(p.expected)) expected (\(p.status.label))."
            } ?? "No target is set for the latest figures."
        _ = try await escalate(
            title: "Indicator escalated by \(subGroup.name): \(indicator.name)", notes: evidence,
            lead: indicator.owner.isEmpty ? nil : indicator.owner, indicatorID: indicator.id, from: subGroup, to: board,
            editor: editor, context)
        return Response(status: .seeOther, headers: [.location: SitePath.indicator(partnership: partnership.slug, code: code).path + "?escalated=1"])
    }
}
