import Foundation
import Hummingbird
import MinutebookCore
import MinutebookStore

/// The secretariat's changes to the risk register and the leads' updates of delivery-plan actions.
struct RiskFormController {
    let directory: any DirectoryRepository
    let risks: any RiskRegisterRepository
    let strategies: any StrategyRepository

    init(database: AppDatabase) {
        directory = GRDBDirectoryRepository(database: database)
        risks = GRDBRiskRegisterRepository(database: database)
        strategies = GRDBStrategyRepository(database: database)
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("p/:partnership/risks", use: add)
        router.post("p/:partnership/risks/:id/review", use: review)
        router.post("p/:partnership/strategy/:id/actions/:action", use: updateAction)
    }

    func board(_ request: Request, _ context: AppRequestContext) async throws -> (Partnership, Body, Editor) {
        let (_, editor) = try context.requireAccount(request)
        let slug = try context.parameters.require("partnership")
        guard let partnership = try await directory.partnership(slug: slug) else { throw DomainError.notFound("There is no partnership '\(slug)'") }
        guard let board = try await directory.bodies(of: partnership.id).first(where: { $0.kind == .board }),
              PerformanceVisibility.canEdit(body: board, audience: context.audience) else {
            throw DomainError.forbidden("Only the secretariat can change the risk register and the delivery plan")
        }
        return (partnership, board, editor)
    }

    static func score(_ form: FormData, _ prefix: String, _ label: String) throws -> RiskScore {
        guard let l = form[prefix + "Likelihood"].flatMap({ Int($0) }), let i = form[prefix + "Impact"].flatMap({ Int($0) }),
              let score = RiskScore(likelihood: l, impact: i) else {
            throw DomainError.invalid("Choose the \(label) likelihood and impact, each from 1 to 5")
        }
        return score
    }

    static func date(_ form: FormData, _ field: String, _ label: String) throws -> LocalDate? {
        guard let text = form.nonEmpty(field) else { return nil }
        guard let date = LocalDate(iso: text) else { throw DomainError.invalid("Enter the \(label) as a real date, like 2031-03-07") }
        return date
    }

    @Sendable func add(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (partnership, board, editor) = try await board(request, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let risk = Risk(id: 0, partnershipID: partnership.id, bodyID: board.id, reference: form["reference"] ?? "", title: form["title"] ?? "",
                        description: form["description"] ?? "", owner: form["owner"] ?? "",
                        inherent: try Self.score(form, "inherent", "inherent"), residual: try Self.score(form, "residual", "residual"),
                        controls: form["controls"] ?? "", openedOn: try Self.date(form, "openedOn", "date opened") ?? Today.date,
                        nextReviewOn: try Self.date(form, "nextReviewOn", "next review date"))
        _ = try await risks.add(risk, by: editor)
        return Response(status: .seeOther, headers: [.location: "/p/\(partnership.slug)/risks"])
    }

    @Sendable func review(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (partnership, board, editor) = try await board(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard try await risks.risks(of: board.id, audience: context.audience)?.contains(where: { $0.id == id }) == true else {
            throw DomainError.notFound("There is no such risk on the register")
        }
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let review = RiskReview(riskID: id, reviewedOn: try Self.date(form, "reviewedOn", "review date") ?? Today.date,
                                residual: try Self.score(form, "residual", "residual"), note: form["note"] ?? "")
        try await risks.review(review, nextReviewOn: try Self.date(form, "nextReviewOn", "next review date"), by: editor)
        return Response(status: .seeOther, headers: [.location: "/p/\(partnership.slug)/risks"])
    }

    @Sendable func updateAction(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (partnership, _, editor) = try await board(request, context)
        let strategyID = try context.parameters.require("id", as: Int64.self)
        let actionID = try context.parameters.require("action", as: Int64.self)
        guard let strategy = try await strategies.strategy(id: strategyID, audience: context.audience),
              strategy.partnershipID == partnership.id, strategy.allActions.contains(where: { $0.id == actionID }) else {
            throw DomainError.notFound("There is no such action in the delivery plan")
        }
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        guard let status = form["status"].flatMap(DeliveryStatus.init(rawValue:)) else { throw DomainError.invalid("Choose the action's status") }
        try await strategies.updateAction(id: actionID, status: status, note: form["note"] ?? "", by: editor)
        return Response(status: .seeOther, headers: [.location: "/p/\(partnership.slug)/strategy/\(strategyID)"])
    }
}
