import Foundation
import HTTPTypes
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The page behind the sub-group chair's emailed link: the report template, filled without an
/// account before the deadline. The first filing spends the link; an expired, used, revoked or
/// altered link gets a page saying so and changes nothing. CSRF as on the action-update links.
struct ReportLinkController {
    let requests: any ReportRequestRepository
    let directory: any DirectoryRepository
    let secureCookies: Bool
    /// The site's mail settings; nil when it sends no mail (the secretariat then uses the CLI).
    let mail: MailSettings?
    /// Tells the secretariat once the report is filed.
    let notifier: ReportFiledNotifier

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/report-links/:token", use: show)
        router.post("/report-links/:token", use: submit)
    }

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.post("bodies/:body/report/request", use: request)
    }

    /// The secretariat emails the sub-group's chair the link for the board's next meeting.
    @Sendable func request(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await SecretariatScope.of(
            secretariat, directory: directory, refusal: "Only the secretariat can ask a sub-group for its report")
        let context = secretariat.request
        let slug = try context.parameters.require("body")
        guard let subGroup = scope.bodies.first(where: { $0.slug == slug && $0.kind == .subGroup }),
            let board = scope.bodies.first(where: { $0.id == subGroup.reportsToBodyID })
        else {
            throw DomainError.notFound("There is no sub-group '\(slug)' reporting to a board")
        }
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let next = try await PerformanceAgendaController.nextMeeting(of: board, directory: directory, audience: context.audience, today: Today.date)
        var meeting = next
        if let chosen = form["meeting"].flatMap({ LocalDate(iso: $0) }), chosen != next.date {
            // The meeting the page offered (the next one's deadline had passed): it must still take reports.
            guard
                let offered = try await PerformanceAgendaController.meetingTakingReports(
                    of: board, directory: directory, audience: context.audience, today: Today.date, after: chosen.adding(days: -1)),
                offered.date == chosen
            else {
                throw DomainError.invalid("\(board.name) has no meeting on \(chosen.long) that still takes reports")
            }
            meeting = offered
        } else if Today.date > SubGroupReportRules.deadline(for: next.date) {
            // Too late for the next meeting: back to the report page, which offers the one after.
            return scope.redirect("/bodies/\(subGroup.slug)/report")
        }
        guard let mail else {
            throw DomainError.conflict(
                "This site does not send email: start it with the mail settings (serve --smtp-host ...), or use 'minutebook performance request-report'"
            )
        }
        let mailer = ReportRequestMailer(requests: requests, smtp: SMTPClient(configuration: mail.smtp), baseURL: mail.baseURL)
        let address = try await mailer.send(subGroupID: subGroup.id, meetingID: meeting.id, today: Today.date, by: scope.editor)
        let query = address.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return scope.redirect("/bodies/\(subGroup.slug)/report?requested=\(query)")
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let (state, page) = try await requests.open(token: token)
        guard let page else { return refusal(state) }
        return form(request, page: page, report: page.report, errors: FormErrors(), status: .ok)
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let token = context.parameters.get("token") ?? ""
        let form = try await FormData.collect(from: &request, context: context)
        let (state, page) = try await requests.open(token: token)
        guard let page else { return refusal(state) }
        var report = page.report
        report.author = form["author"] ?? ""
        report.operationalUpdate = form["operationalUpdate"] ?? ""
        report.strategicUpdate = form["strategicUpdate"] ?? ""
        report.actionPlanUpdate = form["actionPlanUpdate"] ?? ""
        report.actionsForPartnership = (form.untrimmed("actionsForPartnership") ?? "")
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var errors = FormErrors()
        report.lastBoardOn = nil
        if let text = form.nonEmpty("lastBoardOn") {
            if let date = LocalDate(iso: text) {
                report.lastBoardOn = date
            } else {
                errors.add("lastBoardOn", "Enter the date of the last board as a real date, like 2031-03-07")
            }
        }
        report.filedOn = Today.date
        for problem in SubGroupReportRules.problemsFiling(report) where errors.message(for: problem.field) == nil {
            errors.add(problem.field, problem.message)
        }
        for (field, text) in [
            ("operationalUpdate", report.operationalUpdate), ("strategicUpdate", report.strategicUpdate),
            ("actionPlanUpdate", report.actionPlanUpdate)
        ] where text.count > 20_000 {
            errors.add(field, "Keep each update under 20,000 characters")
        }
        guard errors.isEmpty else {
            return self.form(request, page: page, report: report, errors: errors, status: .badRequest, typedLastBoard: form["lastBoardOn"])
        }
        do {
            let reportID = try await requests.file(token: token, report: report, on: Today.date)
            await notifier.tell(reportID: reportID, logger: context.logger)
        } catch let error as DomainError where error.kind == .forbidden {
            let (state, _) = try await requests.open(token: token)
            return refusal(state == .usable ? .used : state)
        }
        let html = Layout(title: "Report filed").render { w in
            w.raw("<div class=\"narrow\"><h1>Thank you: the report is filed</h1>\n<p class=\"lead\">")
            w.text("The \(page.subGroupName) report for the \(page.boardName) on \(page.meetingDate.longWithWeekday) has reached the secretariat.")
            w.raw("</p>\n<p>The secretariat puts it on the board's agenda. This link has now been used and cannot be used again.</p></div>\n")
        }
        return .html(html, headers: UpdateRequestController.privateHeaders)
    }

    func form(
        _ request: Request, page: ReportRequestPage, report: SubGroupReport, errors: FormErrors, status: HTTPResponse.Status,
        typedLastBoard: String? = nil
    ) -> Response {
        var csrf = request.cookies[Cookies.signIn]?.value ?? ""
        let isNew = !Tokens.isWellFormed(csrf)
        if isNew { csrf = Tokens.random() }
        let title = "\(page.subGroupName) report to the \(page.boardName)"
        let html = Layout(title: errors.isEmpty ? title : "Error: " + title).render { w in
            w.errorSummary(errors)
            w.element("<h1>", title, "</h1>\n")
            w.element(
                "<p class=\"lead\">",
                "\(page.chairName), please file the report for the meeting on \(page.meetingDate.longWithWeekday) by \(page.deadline.longWithWeekday).",
                "</p>\n")
            w.raw("<p>No account or password is needed. The link is personal to you and works once: filing the report uses it up.</p>\n")
            w.raw("<form method=\"post\" novalidate>\n")
            w.hidden("csrf", csrf)
            w.inputField("author", label: "Author", value: report.author, errors: errors)
            w.inputField(
                "lastBoardOn", label: "Date of last board", value: typedLastBoard ?? report.lastBoardOn?.iso ?? "", type: "date", errors: errors)
            w.textArea("operationalUpdate", label: "Operational update", value: report.operationalUpdate, errors: errors, rows: 8)
            w.textArea("strategicUpdate", label: "Strategic update", value: report.strategicUpdate, errors: errors, rows: 6)
            w.textArea("actionPlanUpdate", label: "Action plan update", value: report.actionPlanUpdate, errors: errors, rows: 6)
            w.textArea(
                "actionsForPartnership", label: "Action for the partnership", value: report.actionsForPartnership.joined(separator: "\n"),
                hint: "One action per line. Each becomes a proposed resolution of the board.", errors: errors, rows: 4)
            w.raw("<button type=\"submit\">File the report</button>\n</form>\n")
        }
        var response = Response.html(html, status: status, headers: UpdateRequestController.privateHeaders)
        if isNew { response.setCookie(Cookies.make(Cookies.signIn, value: csrf, maxAge: 24 * 3600, secure: secureCookies)) }
        return response
    }

    func refusal(_ state: LinkState) -> Response {
        let status: HTTPResponse.Status = state == .unknown ? .notFound : .gone
        let title =
            state == .unknown
            ? "This link is not valid"
            : state == .expired
                ? "This link has expired"
                : state == .used ? "This link has already been used" : "This link has been withdrawn"
        let html = Layout(title: title).render { w in
            w.raw("<div class=\"narrow\"><h1>")
            w.text(title)
            w.raw("</h1>\n<p class=\"lead\">")
            w.text(state.refusal ?? "")
            w.raw("</p>\n<p>Nothing has been changed.</p></div>\n")
        }
        return .html(html, status: status, headers: UpdateRequestController.privateHeaders)
    }
}
