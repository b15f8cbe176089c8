import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// Performance reporting pages of a partnership: indicators with charts, strategy and exception
/// report, risk register with heat map, lead directory, sub-group reports; CSV exports beside them.
/// Every read passes `context.audience`; what it may see is decided by `PerformanceVisibility`.
struct PerformanceController {
    let directory: any DirectoryRepository
    let indicators: any IndicatorRepository
    let strategies: any StrategyRepository
    let risks: any RiskRegisterRepository
    let reports: any SubGroupReportRepository
    let leads: any LeadDirectoryRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.partnership
        group.get("performance", use: overview)
        group.get("performance/actuals.csv", use: actualsCSV)
        group.get("performance/indicators/:code", use: indicator)
        group.get("strategy", use: strategyList)
        group.get("strategy/:id", use: strategy)
        group.get("strategy/:id/plan.csv", use: deliveryPlanCSV)
        group.get("risks", use: riskRegister)
        group.get("risks.csv", use: risksCSV)
        group.get("directory", use: leadDirectory)
        group.get("directory.csv", use: directoryCSV)
        group.get("reports/:id", use: report)
    }

    /// The partnership named in the path, its bodies, and its board.
    struct Scope {
        var partnership: Partnership
        var bodies: [Int64: Body]
        var board: Body?
        var base: String { SitePath.partnership(partnership.slug).path }
    }

    func scope(_ context: AppRequestContext) async throws -> Scope {
        let partnership = try context.pathPartnership()
        let bodies = try await directory.bodies(of: partnership.id)
        return Scope(
            partnership: partnership, bodies: Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0) }),
            board: bodies.first { $0.kind == .board })
    }

    func layout(_ title: String, _ scope: Scope, _ context: AppRequestContext, crumbs: [(String, String)] = []) -> Layout {
        var layout = Layout(title: title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(scope.partnership.name, scope.base + "/performance")] + crumbs.map { (label: $0.0, href: $0.1) }
        return layout
    }

    func summaries(_ scope: Scope, _ context: AppRequestContext) async throws -> [IndicatorSummary] {
        var out: [IndicatorSummary] = []
        for indicator in try await indicators.indicators(of: scope.partnership.id, audience: context.audience) {
            out.append(
                IndicatorSummary(
                    indicator: indicator, targets: try await indicators.targets(of: indicator.id),
                    actuals: try await indicators.actuals(of: indicator.id)))
        }
        return out
    }

    @Sendable func overview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let summaries = try await summaries(scope, context)
        let plans = try await strategies.strategies(of: scope.partnership.id, audience: context.audience)
        let page = layout("Performance", scope, context).render { w in
            PerformanceViews.overview(
                scope: scope, summaries: summaries, strategies: plans,
                canEdit: scope.board.map { PerformanceVisibility.canEdit(body: $0, audience: context.audience) } == true,
                canSeeRisks: scope.board.map { PerformanceVisibility.canSeeRiskRegister(of: $0, audience: context.audience) } == true,
                csrf: context.csrfToken,
                onAgenda: AgendaPlacement(request), into: &w)
        }
        return .html(page)
    }

    @Sendable func indicator(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let code = try context.parameters.require("code")
        guard let indicator = try await indicators.indicator(code: code, in: scope.partnership.id, audience: context.audience) else {
            throw DomainError.notFound("There is no indicator '\(code)' here")
        }
        let summary = IndicatorSummary(
            indicator: indicator, targets: try await indicators.targets(of: indicator.id),
            actuals: try await indicators.actuals(of: indicator.id))
        let owner = scope.bodies[indicator.bodyID]
        let page = layout(indicator.name, scope, context, crumbs: [("Performance", scope.base + "/performance")]).render { w in
            PerformanceViews.indicator(
                summary, owner: owner, scope: scope,
                escalateCSRF: owner.map { PerformanceVisibility.canSeeDrafts(of: $0, audience: context.audience) } == true
                    ? .some(context.csrfToken) : nil,
                escalated: request.uri.queryParameters["escalated"] != nil,
                canEdit: scope.board.map { PerformanceVisibility.canEdit(body: $0, audience: context.audience) } == true,
                into: &w)
        }
        return .html(page)
    }

    @Sendable func actualsCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let visible = try await indicators.indicators(of: scope.partnership.id, audience: context.audience)
        var actuals: [Actual] = []
        for indicator in visible { actuals += try await indicators.actuals(of: indicator.id) }
        let csv = ActualsCSV.export(actuals, indicators: Dictionary(uniqueKeysWithValues: visible.map { ($0.id, $0) }))
        return .csv(csv, filename: "\(scope.partnership.slug)-indicator-figures.csv")
    }

    @Sendable func strategyList(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let plans = try await strategies.strategies(of: scope.partnership.id, audience: context.audience)
        if let first = plans.first { return Response(status: .seeOther, headers: [.location: scope.base + "/strategy/\(first.id)"]) }
        // The menu offers "Strategy" to everyone: with none to show, say so (a 404 would be a broken link).
        let canEdit = scope.board.map { PerformanceVisibility.canEdit(body: $0, audience: context.audience) } == true
        let page = layout("Strategy", scope, context, crumbs: [("Performance", scope.base + "/performance")]).render { w in
            w.raw("<h1>Strategy</h1>\n<p>")
            w.text("\(scope.partnership.name) has not published a strategy yet.")
            w.raw("</p>\n")
            if canEdit {
                w.raw("<p><a href=\"")
                w.text(scope.base + "/strategies/new")
                w.raw("\">Write the partnership's strategy</a></p>\n")
            }
        }
        return .html(page)
    }

    @Sendable func strategy(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let strategy = try await strategies.strategy(id: id, audience: context.audience),
            strategy.partnershipID == scope.partnership.id
        else {
            throw DomainError.notFound("There is no such strategy here")
        }
        let summaries = try await summaries(scope, context)
        var byID: [Int64: Indicator] = [:], progress: [Int64: TargetProgress] = [:]
        for s in summaries {
            byID[s.indicator.id] = s.indicator
            progress[s.indicator.id] = s.progress
        }
        let asOf = request.uri.queryParameters["asOf"].flatMap { LocalDate(iso: $0) } ?? Today.date
        let report = ExceptionReport.select(strategy: strategy, indicators: byID, progress: progress, asOf: asOf)
        let page = layout(strategy.fullTitle, scope, context, crumbs: [("Performance", scope.base + "/performance")]).render { w in
            let editCSRF: String?? =
                scope.board.map { PerformanceVisibility.canEdit(body: $0, audience: context.audience) } == true
                ? .some(context.csrfToken) : nil
            StrategyViews.strategy(strategy, exceptions: report, indicators: byID, scope: scope, editCSRF: editCSRF, into: &w)
            if case .some(let csrf) = editCSRF {
                PerformanceViews.agendaForm(
                    scope: scope, csrf: csrf, kind: .exceptions, strategyID: strategy.id,
                    onAgenda: AgendaPlacement(request), into: &w)
            }
        }
        return .html(page)
    }

    @Sendable func deliveryPlanCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let strategy = try await strategies.strategy(id: id, audience: context.audience),
            strategy.partnershipID == scope.partnership.id
        else {
            throw DomainError.notFound("There is no such strategy here")
        }
        let visible = try await indicators.indicators(of: scope.partnership.id, audience: context.audience)
        return .csv(
            StrategyViews.csv(strategy, indicators: Dictionary(uniqueKeysWithValues: visible.map { ($0.id, $0) })),
            filename: "\(scope.partnership.slug)-delivery-plan-\(strategy.firstYear).csv")
    }

    @Sendable func riskRegister(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        guard let board = scope.board, let register = try await risks.risks(of: board.id, audience: context.audience) else {
            throw DomainError.forbidden("The risk register is seen only by members of the board. Sign in to see it.")
        }
        let reviews = try await risks.reviews(of: board.id)
        let today = Today.date
        let meetings = try await directory.meetings(of: board.id, audience: context.audience, limit: 20)
        let lastMeeting = meetings.map(\.date).filter { $0 < today }.max()
        let changes = lastMeeting.map { RiskChange.changes(risks: register, reviews: reviews, since: $0, until: today) }
        let page = layout("Risk register", scope, context, crumbs: [("Performance", scope.base + "/performance")]).render { w in
            RiskViews.register(
                register, heatMap: RiskHeatMap(risks: register, on: today), changes: changes,
                lastMeeting: lastMeeting, today: today, scope: scope,
                editCSRF: PerformanceVisibility.canEdit(body: board, audience: context.audience) ? .some(context.csrfToken) : nil,
                into: &w)
        }
        return .html(page)
    }

    @Sendable func risksCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        guard let board = scope.board, let register = try await risks.risks(of: board.id, audience: context.audience) else {
            throw DomainError.forbidden("The risk register is seen only by members of the board. Sign in to see it.")
        }
        return .csv(RiskViews.csv(register), filename: "\(scope.partnership.slug)-risk-register.csv")
    }

    @Sendable func leadDirectory(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let entries = try await leads.entries(of: scope.partnership.id, audience: context.audience)
        let page = layout("Who leads on what", scope, context, crumbs: [("Performance", scope.base + "/performance")]).render { w in
            DirectoryViews.directory(
                entries, scope: scope,
                canEdit: scope.board.map { PerformanceVisibility.canEdit(body: $0, audience: context.audience) } == true,
                into: &w)
        }
        return .html(page)
    }

    @Sendable func directoryCSV(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let entries = try await leads.entries(of: scope.partnership.id, audience: context.audience)
        return .csv(DirectoryViews.csv(entries), filename: "\(scope.partnership.slug)-directory.csv")
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
        let scope = try await scope(context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let report = try await reports.report(id: id), let subGroup = scope.bodies[report.bodyID],
            let board = subGroup.reportsToBodyID.flatMap({ scope.bodies[$0] })
        else {
            throw DomainError.notFound("There is no such report here")
        }
        let meeting = try await reports.meeting(of: report)
        guard let meeting,
            PerformanceVisibility.canSee(
                report, subGroup: subGroup, board: board, meetingStatus: meeting.status,
                audience: context.audience)
        else {
            throw DomainError.notFound("There is no such report here")
        }
        let page = layout("\(subGroup.name) report", scope, context, crumbs: [("Performance", scope.base + "/performance")]).render { w in
            ReportViews.report(
                report, subGroup: subGroup, board: board, meeting: meeting,
                controls: .init(
                    base: scope.base, csrfToken: context.csrfToken,
                    isSecretariat: PerformanceVisibility.canEdit(body: board, audience: context.audience),
                    canEditDraft: PerformanceVisibility.canSeeDrafts(of: subGroup, audience: context.audience)),
                into: &w)
            if request.uri.queryParameters["resolved"] != nil {
                w.raw("<div class=\"notice\" role=\"status\"><p>The resolutions are recorded in the draft minutes of the meeting.</p></div>\n")
            }
        }
        return .html(page)
    }
}

extension Response {
    /// A CSV download (UTF-8 with a byte-order mark so spreadsheets read accents).
    static func csv(_ text: String, filename: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: Array("\u{FEFF}\(text)".utf8))))
    }
}
