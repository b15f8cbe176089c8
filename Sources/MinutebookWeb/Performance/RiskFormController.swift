import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat's changes to the risk register: add a risk, review one, close one. Each form has
/// its own page; a refused submission comes back on that page with what was typed, an error
/// summary linked to the fields, and status 400.
struct RiskFormController {
    let directory: any DirectoryRepository
    let risks: any RiskRegisterRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.get("risks/new", use: newRisk)
        routes.secretariat.post("risks", use: add)
        routes.secretariat.get("risks/:id/review", use: reviewPage)
        routes.secretariat.post("risks/:id/review", use: review)
        routes.secretariat.post("risks/:id/close", use: close)
    }

    func scope(_ context: SecretariatContext) async throws -> SecretariatScope {
        try await SecretariatScope.of(context, directory: directory, refusal: "Only the secretariat can change the risk register")
    }

    func risk(_ scope: SecretariatScope, _ context: AppRequestContext) async throws -> Risk {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let risk = try await risks.risks(of: scope.board.id, audience: context.audience)?.first(where: { $0.id == id }) else {
            throw DomainError.notFound("There is no such risk on the register")
        }
        return risk
    }

    static let scoreChoices = [Choice("", "Choose")] + (1...5).map { Choice(String($0), String($0)) }

    // MARK: Add

    @Sendable func newRisk(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let form = FormData(fields: [
            ("openedOn", Today.date.iso), ("inherentLikelihood", "3"), ("inherentImpact", "3"),
            ("residualLikelihood", "2"), ("residualImpact", "3")
        ])
        return addPage(scope, context, FormReader(form))
    }

    func addPage(_ scope: SecretariatScope, _ context: AppRequestContext, _ f: FormReader) -> Response {
        scope.page("Add a risk", context: context, errors: f.errors, crumbs: [("Risk register", scope.base + "/risks")]) { w in
            w.raw("<form method=\"post\" action=\"")
            w.text(scope.base + "/risks")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField("reference", label: "Reference", value: f.value("reference"), hint: "For example R7", errors: f.errors)
            w.inputField("title", label: "Risk", value: f.value("title"), errors: f.errors)
            w.textArea("description", label: "Description", value: f.value("description"), errors: f.errors, rows: 3)
            w.inputField("owner", label: "Owner", value: f.value("owner"), errors: f.errors)
            w.selectField(
                "inherentLikelihood", label: "Inherent likelihood (1 to 5)", choices: Self.scoreChoices,
                selected: f.value("inherentLikelihood"), errors: f.errors)
            w.selectField(
                "inherentImpact", label: "Inherent impact (1 to 5)", choices: Self.scoreChoices,
                selected: f.value("inherentImpact"), errors: f.errors)
            w.textArea("controls", label: "Controls", value: f.value("controls"), errors: f.errors, rows: 3)
            w.selectField(
                "residualLikelihood", label: "Residual likelihood (1 to 5)", choices: Self.scoreChoices,
                selected: f.value("residualLikelihood"), errors: f.errors)
            w.selectField(
                "residualImpact", label: "Residual impact (1 to 5)", choices: Self.scoreChoices,
                selected: f.value("residualImpact"), errors: f.errors)
            w.inputField("openedOn", label: "Opened on", value: f.value("openedOn"), type: "date", errors: f.errors)
            w.inputField("nextReviewOn", label: "Next review", value: f.value("nextReviewOn"), type: "date", errors: f.errors)
            w.raw("<button type=\"submit\">Add the risk</button>\n</form>\n")
        }
    }

    static func score(_ f: inout FormReader, _ prefix: String, _ label: String) -> RiskScore? {
        let l = f.integer(prefix + "Likelihood", in: 1...5, "Choose the \(label) likelihood, from 1 to 5")
        let i = f.integer(prefix + "Impact", in: 1...5, "Choose the \(label) impact, from 1 to 5")
        guard let l, let i else { return nil }
        return RiskScore(likelihood: l, impact: i)
    }

    @Sendable func add(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        var request = request
        var f = FormReader(try await FormData.collect(from: &request, context: context))
        let reference = f.required("reference", "Enter the risk's reference, for example R7")
        let title = f.required("title", "Enter the risk")
        let owner = f.required("owner", "Enter who owns the risk")
        let inherent = Self.score(&f, "inherent", "inherent")
        let residual = Self.score(&f, "residual", "residual")
        let openedOn = f.date("openedOn", "date opened") ?? Today.date
        let nextReviewOn = f.date("nextReviewOn", "next review date")
        if let next = nextReviewOn, next < openedOn { f.errors.add("nextReviewOn", "The next review must be on or after the date opened") }
        guard f.errors.isEmpty, let inherent, let residual else { return addPage(scope, context, f) }
        let risk = Risk(
            id: 0, partnershipID: scope.partnership.id, bodyID: scope.board.id, reference: reference, title: title,
            description: f.value("description"), owner: owner, inherent: inherent, residual: residual,
            controls: f.value("controls"), openedOn: openedOn, nextReviewOn: nextReviewOn)
        do {
            _ = try await risks.add(risk, by: scope.editor)
        } catch let error as DomainError where error.kind == .conflict || error.kind == .invalid {
            f.refused(error, field: "reference")
            return addPage(scope, context, f)
        }
        return scope.redirect("/risks")
    }

    // MARK: Review

    @Sendable func reviewPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let risk = try await risk(scope, context)
        let form = FormData(fields: [
            ("reviewedOn", Today.date.iso), ("residualLikelihood", String(risk.residual.likelihood)),
            ("residualImpact", String(risk.residual.impact))
        ])
        return reviewPage(scope, context, risk, FormReader(form))
    }

    func reviewPage(_ scope: SecretariatScope, _ context: AppRequestContext, _ risk: Risk, _ f: FormReader) -> Response {
        scope.page(
            "Review \(risk.reference): \(risk.title)", context: context, errors: f.errors,
            crumbs: [("Risk register", scope.base + "/risks")]
        ) { w in
            w.element("<p>", "Residual score now \(risk.residual.summary). Owner: \(risk.owner).", "</p>\n")
            w.raw("<form method=\"post\" action=\"")
            w.text("\(scope.base)/risks/\(risk.id)/review")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.selectField(
                "residualLikelihood", label: "Residual likelihood (1 to 5)", choices: Self.scoreChoices,
                selected: f.value("residualLikelihood"), errors: f.errors)
            w.selectField(
                "residualImpact", label: "Residual impact (1 to 5)", choices: Self.scoreChoices,
                selected: f.value("residualImpact"), errors: f.errors)
            w.inputField("reviewedOn", label: "Reviewed on", value: f.value("reviewedOn"), type: "date", errors: f.errors)
            w.inputField("nextReviewOn", label: "Next review", value: f.value("nextReviewOn"), type: "date", errors: f.errors)
            w.textArea("note", label: "What changed", value: f.value("note"), errors: f.errors, rows: 3)
            w.raw("<button type=\"submit\">Record the review</button>\n</form>\n")
            w.raw("<h2>Close the risk</h2>\n<form method=\"post\" action=\"")
            w.text("\(scope.base)/risks/\(risk.id)/close")
            w.raw("\">\n")
            w.csrfField(context.csrfToken)
            w.inputField("closedOn", label: "Closed on", value: f.value("closedOn", Today.date.iso), type: "date", errors: f.errors)
            w.raw("<button type=\"submit\" class=\"secondary\">Close the risk</button>\n</form>\n")
        }
    }

    @Sendable func review(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let risk = try await risk(scope, context)
        var request = request
        var f = FormReader(try await FormData.collect(from: &request, context: context))
        let residual = Self.score(&f, "residual", "residual")
        let reviewedOn = f.date("reviewedOn", "review date") ?? Today.date
        let nextReviewOn = f.date("nextReviewOn", "next review date")
        if reviewedOn < risk.openedOn { f.errors.add("reviewedOn", "A review cannot be before the risk was opened (\(risk.openedOn.long))") }
        if let next = nextReviewOn, next < reviewedOn { f.errors.add("nextReviewOn", "The next review must be on or after this review") }
        guard f.errors.isEmpty, let residual else { return reviewPage(scope, context, risk, f) }
        do {
            try await risks.review(
                RiskReview(riskID: risk.id, reviewedOn: reviewedOn, residual: residual, note: f.value("note")),
                nextReviewOn: nextReviewOn, by: scope.editor)
        } catch let error as DomainError where error.kind == .conflict || error.kind == .invalid {
            f.refused(error, field: "reviewedOn")
            return reviewPage(scope, context, risk, f)
        }
        return scope.redirect("/risks")
    }

    @Sendable func close(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let risk = try await risk(scope, context)
        var request = request
        var f = FormReader(try await FormData.collect(from: &request, context: context))
        let closedOn = f.date("closedOn", "date closed") ?? Today.date
        if closedOn < risk.openedOn { f.errors.add("closedOn", "A risk cannot close before it was opened (\(risk.openedOn.long))") }
        guard f.errors.isEmpty else { return reviewPage(scope, context, risk, f) }
        do {
            try await risks.close(riskID: risk.id, on: closedOn, by: scope.editor)
        } catch let error as DomainError where error.kind == .conflict || error.kind == .invalid {
            f.refused(error, field: "closedOn")
            return reviewPage(scope, context, risk, f)
        }
        return scope.redirect("/risks")
    }
}
