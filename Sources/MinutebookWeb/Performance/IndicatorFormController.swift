import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat defines indicators (name, unit, direction, owner, source, owning body, tolerance)
/// and sets their annual targets, including part-year targets that count pro rata.
struct IndicatorFormController {
    let directory: any DirectoryRepository
    let indicators: any IndicatorRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.secretariat.group("performance")
        group.get("new-indicator", use: newIndicator)
        group.post("new-indicator", use: create)
        group.get("indicators/:code/edit", use: editPage)
        group.post("indicators/:code/edit", use: edit)
        group.get("indicators/:code/target", use: targetPage)
        group.post("indicators/:code/target", use: setTarget)
    }

    func scope(_ context: SecretariatContext) async throws -> SecretariatScope {
        try await SecretariatScope.of(context, directory: directory, refusal: "Only the secretariat can define indicators and targets")
    }

    func indicator(_ scope: SecretariatScope, _ context: AppRequestContext) async throws -> Indicator {
        let code = try context.parameters.require("code")
        guard let indicator = try await indicators.indicator(code: code, in: scope.partnership.id, audience: context.audience) else {
            throw DomainError.notFound("There is no indicator '\(code)' here")
        }
        return indicator
    }

    func read(_ request: Request, _ context: AppRequestContext) async throws -> FormReader {
        var request = request
        return FormReader(try await FormData.collect(from: &request, context: context))
    }

    static func values(of i: Indicator) -> FormData {
        var fields: [(String, String)] = [
            ("code", i.code), ("name", i.name), ("unit", i.unit.rawValue), ("direction", i.direction.rawValue), ("owner", i.owner),
            ("source", i.source), ("body", String(i.bodyID)),
            ("amber", Numbers.format(Double(i.tolerance.amberBasisPoints) / 100, decimals: 1)),
            ("exceptional", Numbers.format(Double(i.tolerance.exceptionalBasisPoints) / 100, decimals: 1))
        ]
        if i.isPublished { fields.append(("published", "1")) }
        return FormData(fields: fields)
    }

    /// The definition from the form; nil with the errors in `f` when something must be fixed.
    static func definition(_ f: inout FormReader, scope: SecretariatScope, existing: Indicator?) -> Indicator? {
        let code = existing?.code ?? f.required("code", "Enter a short code, like first-time-entrants")
        if existing == nil, !code.isEmpty, !Indicator.isValidCode(code) {
            f.errors.add("code", "Use lower-case letters, digits and hyphens only in the code, up to 60 characters")
        }
        let name = f.required("name", "Enter the indicator's name")
        let unit: IndicatorUnit? = f.choice("unit", "Choose the unit")
        let direction: IndicatorDirection? = f.choice("direction", "Choose whether higher or lower is better")
        let body = f.form.nonEmpty("body").flatMap { Int64($0) }.flatMap { id in scope.bodies.first { $0.id == id } }
        if body == nil { f.errors.add("body", "Choose the body that owns the indicator") }
        let amber = f.number("amber", "Enter the amber band as a percentage from 0 to 100, like 5")
        if let amber, !(0...100).contains(amber) { f.errors.add("amber", "Enter the amber band as a percentage from 0 to 100, like 5") }
        let exceptional = f.number("exceptional", "Enter the exceptional margin as a percentage of 0 or more, like 15")
        if let exceptional, exceptional < 0 || exceptional > 1000 {
            f.errors.add("exceptional", "Enter the exceptional margin as a percentage from 0 to 1,000")
        }
        guard f.errors.isEmpty, let unit, let direction, let body, let amber, let exceptional else { return nil }
        return Indicator(
            id: existing?.id ?? 0, partnershipID: scope.partnership.id, bodyID: body.id, code: code, name: name, unit: unit,
            direction: direction, owner: f.value("owner"), source: f.value("source"),
            tolerance: Tolerance(amberBasisPoints: Int((amber * 100).rounded()), exceptionalBasisPoints: Int((exceptional * 100).rounded())),
            isPublished: f.form["published"] != nil)
    }

    @Sendable func newIndicator(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let defaults = FormData(fields: [
            ("unit", "count"), ("direction", "up"), ("body", String(scope.board.id)), ("amber", "5.0"),
            ("exceptional", "15.0")
        ])
        return definitionPage(scope, context, nil, FormReader(defaults))
    }

    @Sendable func create(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        var f = try await read(request, context)
        guard let indicator = Self.definition(&f, scope: scope, existing: nil) else { return definitionPage(scope, context, nil, f) }
        do {
            let saved = try await indicators.define(indicator, by: scope.editor)
            return scope.redirect("/performance/indicators/\(saved.code)/target")
        } catch let error as DomainError where error.kind == .conflict || error.kind == .invalid {
            f.refused(error, field: "code")
            return definitionPage(scope, context, nil, f)
        }
    }

    @Sendable func editPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let indicator = try await indicator(scope, context)
        return definitionPage(scope, context, indicator, FormReader(Self.values(of: indicator)))
    }

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let existing = try await indicator(scope, context)
        var f = try await read(request, context)
        guard let indicator = Self.definition(&f, scope: scope, existing: existing) else { return definitionPage(scope, context, existing, f) }
        try await indicators.update(indicator, by: scope.editor)
        return scope.redirect("/performance/indicators/\(existing.code)")
    }

    func definitionPage(_ scope: SecretariatScope, _ context: AppRequestContext, _ existing: Indicator?, _ f: FormReader) -> Response {
        scope.page(existing.map { "Edit indicator: \($0.name)" } ?? "Define an indicator", context: context, errors: f.errors) { w in
            w.raw("<form method=\"post\" action=\"")
            w.text(existing.map { scope.base + "/performance/indicators/\($0.code)/edit" } ?? scope.base + "/performance/new-indicator")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            if existing == nil {
                w.inputField(
                    "code", label: "Code", value: f.value("code"),
                    hint: "Used in spreadsheets of figures and in the page address: lower-case letters, digits and hyphens",
                    errors: f.errors)
            }
            w.inputField("name", label: "Name", value: f.value("name"), errors: f.errors)
            w.selectField(
                "unit", label: "Unit", choices: IndicatorUnit.allCases.map { Choice($0.rawValue, $0.label) },
                selected: f.value("unit"), errors: f.errors)
            w.selectField(
                "direction", label: "Direction", choices: IndicatorDirection.allCases.map { Choice($0.rawValue, $0.label) },
                selected: f.value("direction"), errors: f.errors)
            w.inputField(
                "owner", label: "Owner", value: f.value("owner"), hint: "Who answers for it, for example Youth Justice Service",
                errors: f.errors)
            w.inputField("source", label: "Source", value: f.value("source"), hint: "Where the figures come from", errors: f.errors)
            w.selectField(
                "body", label: "Reported to", choices: [Choice("", "Choose")] + scope.bodies.map { Choice(String($0.id), $0.name) },
                selected: f.value("body"), errors: f.errors)
            w.inputField(
                "amber", label: "Amber band (%)", value: f.value("amber"),
                hint: "How far short of the expected figure still counts as amber", errors: f.errors)
            w.inputField(
                "exceptional", label: "Exceptionally ahead from (%)", value: f.value("exceptional"),
                hint: "How far beyond the expected figure counts as exceptional; 0 for never", errors: f.errors)
            w.checkbox("published", label: "Published (public where the body is public)", checked: f.form["published"] != nil)
            w.raw(
                existing == nil
                    ? "<button type=\"submit\">Define the indicator</button>\n</form>\n" : "<button type=\"submit\">Save</button>\n</form>\n")
        }
    }

    // MARK: Targets

    @Sendable func targetPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let indicator = try await indicator(scope, context)
        let year = PerformanceYear(containing: YearMonth(Today.date))
        return targetPage(
            scope, context, indicator, try await indicators.targets(of: indicator.id),
            FormReader(FormData(fields: [("year", String(year.start.year)), ("kind", "cumulative")])))
    }

    @Sendable func setTarget(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let indicator = try await indicator(scope, context)
        var f = try await read(request, context)
        let year = f.integer("year", in: 1990...2200, "Enter the year the target starts in, as four digits, like 2024")
        let value = f.number("value", "Enter the full-year target as a number")
        if let value, value < 0 { f.errors.add("value", "A target is a number of zero or more") }
        let kind: AnnualTarget.Kind? = f.choice("kind", "Choose how the target counts")
        var activeFrom: YearMonth?
        if let text = f.form.nonEmpty("activeFrom") {
            activeFrom = YearMonth(iso: text)
            if activeFrom == nil {
                f.errors.add("activeFrom", "Enter the first month as year and month, like 2024-10")
            } else if let year, let month = activeFrom, !PerformanceYear(aprilStarting: year).contains(month) {
                f.errors.add("activeFrom", "The first month must fall in the year April \(year) to March \(year + 1)")
            }
        }
        guard f.errors.isEmpty, let year, let value, let kind else {
            return targetPage(scope, context, indicator, try await indicators.targets(of: indicator.id), f)
        }
        try await indicators.setTarget(
            AnnualTarget(
                indicatorID: indicator.id, year: PerformanceYear(aprilStarting: year), value: value,
                kind: kind, activeFrom: activeFrom), by: scope.editor)
        return scope.redirect("/performance/indicators/\(indicator.code)")
    }

    func targetPage(
        _ scope: SecretariatScope, _ context: AppRequestContext, _ indicator: Indicator, _ targets: [AnnualTarget],
        _ f: FormReader
    ) -> Response {
        scope.page(
            "Targets: \(indicator.name)", context: context, errors: f.errors,
            crumbs: [(indicator.name, scope.base + "/performance/indicators/\(indicator.code)")]
        ) { w in
            if targets.isEmpty {
                w.raw("<p>No targets yet.</p>\n")
            } else {
                w.raw("<table><caption>Targets set</caption><thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Target</th></tr></thead><tbody>")
                for t in targets {
                    w.element("<tr><th scope=\"row\">", t.year.description, "</th>")
                    w.element("<td>", PerformanceMarkup.targetText(t, unit: indicator.unit), "</td></tr>\n")
                }
                w.raw("</tbody></table>\n")
            }
            w.raw("<h2>Set a target</h2>\n<p>Setting a target for a year that has one replaces it.</p>\n<form method=\"post\" action=\"")
            w.text(scope.base + "/performance/indicators/\(indicator.code)/target")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField(
                "year", label: "Year starting April", value: f.value("year"), type: "number", hint: "2024 means April 2024 to March 2025",
                errors: f.errors)
            w.inputField("value", label: "Full-year target", value: f.value("value"), errors: f.errors)
            w.selectField(
                "kind", label: "How it counts",
                choices: [
                    Choice("cumulative", "A total built up over the year"), Choice("level", "A level to hold each period (a rate or percentage)")
                ], selected: f.value("kind"), errors: f.errors)
            w.inputField(
                "activeFrom", label: "First month (part years only)", value: f.value("activeFrom"), type: "month",
                hint: "For a target that starts part-way through the year, like 2024-10: the total is then counted pro rata",
                errors: f.errors)
            w.raw("<button type=\"submit\">Set the target</button>\n</form>\n")
        }
    }
}
