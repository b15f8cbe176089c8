import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The sub-group report form (filled by the sub-group's chair before the deadline) and the
/// secretariat's steps after it: on to the board's agenda, resolutions adopted. Every POST is
/// CSRF-checked by `SessionMiddleware`; every write names the signed-in editor.
struct ReportFormController {
    let directory: any DirectoryRepository
    let reports: any SubGroupReportRepository
    /// Tells the secretariat once the report is filed.
    let notifier: ReportFiledNotifier

    func addRoutes(to routes: PartnershipRoutes) {
        routes.body.get("report", use: showForm)
        routes.body.post("report", use: submitForm)
        routes.partnership.post("reports/:id/agenda", use: placeOnAgenda)
        routes.partnership.post("reports/:id/resolutions", use: resolve)
    }

    struct Target {
        var partnership: Partnership
        var subGroup: Body
        var board: Body
        var meeting: Meeting
        var existing: SubGroupReport?
        /// The board's first meeting after `meeting` whose reports are not yet due: offered once
        /// `meeting`'s deadline has passed.
        var following: Meeting? = nil
    }

    /// The sub-group in the path, its board, and the board's next meeting that can still take reports.
    func target(_ context: AppRequestContext) async throws -> Target {
        let (partnership, subGroup) = try context.pathBody()
        guard subGroup.kind == .subGroup, let boardID = subGroup.reportsToBodyID else {
            throw DomainError.notFound("There is no sub-group '\(subGroup.slug)' reporting to a board")
        }
        guard PerformanceVisibility.canSeeDrafts(of: subGroup, audience: context.audience) else {
            throw DomainError.forbidden("Only members of \(subGroup.name) and the secretariat can fill in its report")
        }
        let bodies = try await directory.bodies(of: partnership.id)
        guard let board = bodies.first(where: { $0.id == boardID }) else { throw DomainError.notFound("The board is missing") }
        let today = Today.date
        let upcoming = try await directory.meetings(of: board.id, audience: context.audience, limit: 50)
            .filter { $0.date >= today && $0.status < .minutesApproved && $0.status != .cancelled }
            .min { $0.date < $1.date }
        guard let meeting = upcoming else {
            throw DomainError.notFound("\(board.name) has no meeting scheduled yet to report to")
        }
        let existing = try await reports.reports(forMeeting: meeting.id).first { $0.bodyID == subGroup.id }
        let following = try await PerformanceAgendaController.meetingTakingReports(
            of: board, directory: directory, audience: context.audience,
            today: today, after: meeting.date)
        return Target(partnership: partnership, subGroup: subGroup, board: board, meeting: meeting, existing: existing, following: following)
    }

    @Sendable func showForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        let target = try await target(context)
        let report =
            target.existing
            ?? SubGroupReport(
                id: 0, bodyID: target.subGroup.id, meetingID: target.meeting.id,
                author: context.signedInAs ?? "")
        return page(
            target, report: report, errors: FormErrors(), context: context, status: .ok,
            requested: request.uri.queryParameters["requested"].map(String.init))
    }

    @Sendable func submitForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, editor) = try context.requireAccount(request)
        let target = try await target(context)
        if let existing = target.existing, existing.status != .draft {
            throw DomainError.conflict("The report has already been filed; ask the secretariat to change it")
        }
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        var report = SubGroupReport(id: target.existing?.id ?? 0, bodyID: target.subGroup.id, meetingID: target.meeting.id)
        report.author = form["author"] ?? ""
        report.operationalUpdate = form["operationalUpdate"] ?? ""
        report.strategicUpdate = form["strategicUpdate"] ?? ""
        report.actionPlanUpdate = form["actionPlanUpdate"] ?? ""
        report.actionsForPartnership = (form.untrimmed("actionsForPartnership") ?? "")
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (field, label) in [("filedOn", "date filed"), ("lastBoardOn", "date of the last board")] {
            guard let text = form.nonEmpty(field) else { continue }
            guard let date = LocalDate(iso: text) else {
                errors.add(field, "Enter the \(label) as a real date, like 2031-03-07")
                continue
            }
            if field == "filedOn" { report.filedOn = date } else { report.lastBoardOn = date }
        }
        let filing = form["action"] == "file"
        if filing {
            if report.filedOn == nil { report.filedOn = Today.date }
            for problem in SubGroupReportRules.problemsFiling(report) where errors.message(for: problem.field) == nil {
                errors.add(problem.field, problem.message)
            }
        }
        guard errors.isEmpty else { return page(target, report: report, errors: errors, context: context, status: .badRequest) }
        let saved = try await reports.saveDraft(report, by: editor)
        if filing, let filedOn = report.filedOn {
            try await reports.file(reportID: saved.id, on: filedOn, by: editor)
            await notifier.tell(reportID: saved.id, logger: context.logger)
        }
        return Response(status: .seeOther, headers: [.location: SitePath.subGroupReport(partnership: target.partnership.slug, id: saved.id).path])
    }

    func page(
        _ target: Target, report: SubGroupReport, errors: FormErrors, context: AppRequestContext,
        status: HTTPResponse.Status, requested: String? = nil
    ) -> Response {
        let title = "\(target.subGroup.name) report to the \(target.board.name)"
        var layout = Layout(title: errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(target.partnership.name, SitePath.performance(partnership: target.partnership.slug).path)]
        let deadline = SubGroupReportRules.deadline(for: target.meeting.date)
        let bytes = layout.render { w in
            w.errorSummary(errors)
            w.element("<h1>", title, "</h1>\n")
            w.element(
                "<p class=\"lead\">", "For the meeting on \(target.meeting.date.longWithWeekday). Please file it by \(deadline.longWithWeekday).",
                "</p>\n")
            if Today.date > deadline {
                w.raw("<div class=\"notice\"><p>The deadline has passed: file the report as soon as you can and tell the secretariat.</p></div>\n")
            }
            w.raw(
                "<p>A saved draft is seen only by the sub-group and the secretariat. Once filed, the secretariat puts it on the board's agenda, where it becomes public with the agenda.</p>\n"
            )
            w.raw("<form method=\"post\" action=\"")
            w.text(SitePath.subGroupReportForm(partnership: target.partnership.slug, body: target.subGroup.slug).path)
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField("author", label: "Author", value: report.author, errors: errors)
            w.inputField(
                "filedOn", label: "Date report filed", value: report.filedOn?.iso ?? "", type: "date",
                hint: "Left empty, today's date is used when you file.", errors: errors)
            w.inputField("lastBoardOn", label: "Date of last board", value: report.lastBoardOn?.iso ?? "", type: "date", errors: errors)
            w.textArea("operationalUpdate", label: "Operational update", value: report.operationalUpdate, errors: errors, rows: 8)
            w.textArea("strategicUpdate", label: "Strategic update", value: report.strategicUpdate, errors: errors, rows: 6)
            w.textArea("actionPlanUpdate", label: "Action plan update", value: report.actionPlanUpdate, errors: errors, rows: 6)
            w.textArea(
                "actionsForPartnership", label: "Action for the partnership",
                value: report.actionsForPartnership.joined(separator: "\n"),
                hint: "One action per line. Each becomes a proposed resolution of the board.", errors: errors, rows: 4)
            w.raw("<button type=\"submit\" name=\"action\" value=\"save\" class=\"secondary\">Save draft</button> ")
            w.raw("<button type=\"submit\" name=\"action\" value=\"file\">File the report</button>\n</form>\n")
            if PerformanceVisibility.canEdit(body: target.board, audience: context.audience) {
                Self.requestForm(target, csrf: context.csrfToken, requested: requested, into: &w)
            }
        }
        return .html(bytes, status: status)
    }

    /// The report and its board, checked for the secretariat's edit grant.
    func reportForSecretariat(_ request: Request, _ context: AppRequestContext) async throws -> (SubGroupReport, Partnership, Editor) {
        let (_, editor) = try context.requireAccount(request)
        let partnership = try context.pathPartnership()
        let id = try context.parameters.require("id", as: Int64.self)
        let bodies = try await directory.bodies(of: partnership.id)
        guard let report = try await reports.report(id: id),
            let subGroup = bodies.first(where: { $0.id == report.bodyID }),
            let board = bodies.first(where: { $0.id == subGroup.reportsToBodyID })
        else {
            throw DomainError.notFound("There is no such report here")
        }
        guard PerformanceVisibility.canEdit(body: board, audience: context.audience) else {
            throw DomainError.forbidden("Only the secretariat can put reports on the agenda and record resolutions")
        }
        return (report, partnership, editor)
    }

    @Sendable func placeOnAgenda(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (report, partnership, editor) = try await reportForSecretariat(request, context)
        _ = try await reports.placeOnAgenda(reportID: report.id, by: editor)
        return Response(status: .seeOther, headers: [.location: SitePath.subGroupReport(partnership: partnership.slug, id: report.id).path])
    }

    @Sendable func resolve(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (report, partnership, editor) = try await reportForSecretariat(request, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let proposed = report.proposedResolutions
        var adopted = form.all("adopt").compactMap(Int.init).filter { proposed.indices.contains($0) }.map { proposed[$0] }
        if let extra = form.nonEmpty("other") { adopted.append(extra) }
        guard !adopted.isEmpty else { throw DomainError.invalid("Choose at least one resolution, or write one") }
        _ = try await reports.resolve(reportID: report.id, resolutions: adopted, by: editor)
        return Response(
            status: .seeOther, headers: [.location: SitePath.subGroupReport(partnership: partnership.slug, id: report.id).path + "?resolved=1"])
    }

    /// The secretariat's button: email the chair a personal link to file without an account.
    static func requestForm(_ target: Target, csrf: String?, requested: String?, into w: inout HTMLWriter) {
        w.raw("<h2>Ask the chair by email</h2>\n")
        if let requested {
            w.raw("<div class=\"notice\" role=\"status\"><p>")
            w.text("A personal link has been sent to \(requested).")
            w.raw("</p></div>\n")
        }
        var meeting = target.meeting
        let deadline = SubGroupReportRules.deadline(for: target.meeting.date)
        if Today.date > deadline {
            // The link would expire before it is sent: offer the board's next meeting that still takes reports.
            w.raw("<div class=\"notice\"><p>")
            w.text(
                "Reports for the meeting on \(target.meeting.date.long) were due by \(deadline.longWithWeekday), so a link for it would already have expired."
            )
            w.raw("</p></div>\n")
            guard let following = target.following else {
                w.element(
                    "<p>", "\(target.board.name) has no later meeting scheduled that still takes reports: schedule one, then ask the chair.", "</p>\n"
                )
                return
            }
            meeting = following
        }
        w.raw(
            "<p>The chair of the sub-group gets a personal link that works once, until the deadline, with no account needed.</p>\n<form method=\"post\" action=\""
        )
        w.text(SitePath.requestSubGroupReport(partnership: target.partnership.slug, body: target.subGroup.slug).path)
        w.raw("\">\n")
        w.csrfField(csrf)
        w.raw("<input type=\"hidden\" name=\"meeting\" value=\"")
        w.text(meeting.date.iso)
        w.raw("\">\n<button type=\"submit\" class=\"secondary\">")
        w.text(
            meeting.id == target.meeting.id
                ? "Email the chair a link to the report"
                : "Email the chair a link to report to the meeting on \(meeting.date.long) instead")
        w.raw("</button>\n</form>\n")
    }
}
