import Hummingbird
import MinutebookCore
import MinutebookServices

/// The partnership home and the body page.
struct BodyController {
    let scope: Scope
    let bodies: any BodyRepository
    let attendance: any AttendanceRepository
    let actions: any ActionRepository
    let plans: any ForwardPlanRepository
    let filedReports: FiledReports
    let cache: PublicCache

    /// On the cached group: the pages' records come from the read that fills the public cache.
    func addRoutes(to routes: PartnershipRoutes) {
        routes.cached.get(use: partnership)
        routes.cached.get("bodies/:body", use: body)
    }

    @Sendable func partnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await cache.page(request, context) { try await partnershipPage(context) }
    }

    /// The partnership's other working pages, so that every public page reaches them in two clicks
    /// (its breadcrumb to this page, then one of these): performance, strategy, the risk register
    /// when the audience may see it, and the directory.
    static func writeWorkingPages(_ p: String, board: Body?, audience: Audience, into w: inout HTMLWriter) {
        var pages = [
            ("Performance", SitePath.performance(partnership: p).path), ("Strategy and delivery plan", SitePath.strategy(partnership: p).path)
        ]
        if let board, PerformanceVisibility.canSeeRiskRegister(of: board, audience: audience) {
            pages.append(("Risk register", SitePath.risks(partnership: p).path))
        }
        pages.append(("Directory of leads", SitePath.directory(partnership: p).path))
        w.raw("<h2>The partnership's work</h2>\n<ul>\n")
        for (label, path) in pages {
            w.raw("<li><a href=\"")
            w.text(path)
            w.raw("\">")
            w.text(label)
            w.raw("</a></li>\n")
        }
        w.raw("</ul>\n")
    }

    private func partnershipPage(_ context: AppRequestContext) async throws -> [UInt8] {
        let partnership = try await scope.partnership(context)
        let today = Today.date
        var rows: [(Body, next: Meeting?, last: Meeting?)] = []
        var overdue: [TrackedAction] = []
        for body in try await scope.directory.bodies(of: partnership.id) {
            let grant = Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id)
            guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { continue }
            let meetings = try await scope.directory.meetings(of: body.id, audience: context.audience, limit: 12)
                .filter { $0.status != .cancelled }
            rows.append((body, meetings.filter { $0.date >= today }.last, meetings.first { $0.date < today }))
            overdue += try await actions.actions(ActionFilter(bodyID: body.id, overdueOn: today, limit: 20), audience: context.audience)
        }
        let p = partnership.slug
        let grant = Visibility.partnershipGrant(context.audience, partnershipID: partnership.id)
        var layout = Layout(title: partnership.name, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.alternates = PublicLinks.partnership(partnership)
        return layout.render { w in
            w.element("<h1>", partnership.name, "</h1>\n")
            w.raw(
                "<table>\n<caption>Bodies and their meetings</caption>\n<thead><tr><th scope=\"col\">Body</th><th scope=\"col\">Next meeting</th><th scope=\"col\">Last meeting</th></tr></thead>\n<tbody>\n"
            )
            for (body, next, last) in rows {
                w.raw("<tr><th scope=\"row\"><a href=\"")
                w.text(SitePath.body(partnership: p, body: body.slug).path)
                w.raw("\">")
                w.text(body.name)
                w.raw("</a></th><td>")
                Self.meetingLink(next, p, body, into: &w)
                w.raw("</td><td>")
                Self.meetingLink(last, p, body, into: &w)
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n<h2>Overdue actions</h2>\n")
            ActionsTable.write(overdue, partnership: p, caption: "Actions past their due date", into: &w)
            w.raw("<p>Every open action is followed up in the <a href=\"")
            w.text(SitePath.actions(partnership: p).path)
            w.raw("\">actions tracker</a>.</p>\n")
            Self.writeWorkingPages(p, board: rows.first { $0.0.kind == .board }?.0, audience: context.audience, into: &w)
            if grant.edit {
                w.raw("<p><a href=\"")
                w.text(SitePath.settings(partnership: p).path)
                w.raw("\">Settings</a>: the partnership, its bodies and sub-groups, people, organisations and seats</p>\n")
                if context.account?.role == .administrator { w.raw("<p><a href=\"/admin/users\">Accounts</a></p>\n") }
                w.raw("<p><a href=\"")
                w.text(MinutesImportController.path(p))
                w.raw("\">Import minutes</a> from past documents and agenda packs</p>\n")
            }
            PublicLinks.write(layout.alternates, into: &w)
        }
    }

    static func meetingLink(_ meeting: Meeting?, _ p: String, _ body: Body, into w: inout HTMLWriter) {
        guard let meeting else { w.raw("<span class=\"hint\">None</span>"); return }
        w.raw("<a href=\"")
        w.text(SitePath.meeting(partnership: p, body: body.slug, date: meeting.date).path)
        w.raw("\">")
        w.text(meeting.date.long)
        w.raw("</a> <span class=\"tag\">")
        w.text(meeting.status.label)
        w.raw("</span>")
    }

    @Sendable func body(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await cache.page(request, context) { try await bodyPage(context) }
    }

    private func bodyPage(_ context: AppRequestContext) async throws -> [UInt8] {
        let (partnership, body) = try await scope.body(context)
        let p = partnership.slug
        let seats = try await bodies.seats(of: body.id, on: Today.date, audience: context.audience)
        let subGroups = try await bodies.subGroups(of: body.id)
        let meetings = try await scope.directory.meetings(of: body.id, audience: context.audience, limit: 1000)
        let facts = try await attendance.attendance(of: body.id, audience: context.audience)
        let plan = try await plans.plan(of: body, audience: context.audience)
        let reports = try await filedReports.ofSubGroup(body, audience: context.audience)
        let byPerson = AttendanceTally.tally(facts) { $0.name }
        let byOrganisation = AttendanceTally.tally(facts) { $0.organisation }
        var layout = Layout(title: body.name, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, SitePath.partnership(p).path)]
        layout.alternates = PublicLinks.body(partnership, body)
        return layout.render { w in
            w.element("<span class=\"caption\">", partnership.name, "</span>\n")
            w.element("<h1>", body.name, "</h1>\n")
            if Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id).edit {
                let base = SitePath.body(partnership: p, body: body.slug).path
                w.raw("<nav class=\"tasks no-print\" aria-label=\"Secretariat tasks\"><ul>\n")
                for (path, label) in [
                    ("schedule", "Schedule a meeting"), ("forward-plan", "Forward plan"), ("agenda-template", "Standing items"),
                    ("seats", "Seats and hand-overs")
                ] {
                    w.raw("<li><a href=\""); w.text("\(base)/\(path)"); w.raw("\">"); w.text(label); w.raw("</a></li>\n")
                }
                w.raw("<li><a href=\""); w.text(MinutesImportController.path(p) + "?body=" + body.slug)
                w.raw("\">"); w.text("Import minutes of \(body.name)"); w.raw("</a></li>\n")
                w.raw("</ul></nav>\n")
            }
            w.raw(
                "<h2 id=\"members\">Members</h2>\n<table>\n<thead><tr><th scope=\"col\">Seat</th><th scope=\"col\">Role</th><th scope=\"col\">Held by</th><th scope=\"col\">Since</th></tr></thead>\n<tbody>\n"
            )
            for seat in seats {
                w.raw("<tr><td>")
                w.text(seat.seat.title)
                if let org = seat.organisation { w.raw("<br><span class=\"hint\">"); w.text(org); w.raw("</span>") }
                w.raw("</td><td>")
                w.text(seat.seat.role.label)
                w.raw("</td><td>")
                if let holder = seat.holder {
                    w.raw("<a href=\"")
                    w.text(SitePath.person(partnership: p, id: holder.id).path)
                    w.raw("\">")
                    w.text(holder.fullName)
                    w.raw("</a>")
                    if let title = seat.holderJobTitle { w.raw("<br><span class=\"hint\">"); w.text(title); w.raw("</span>") }
                } else {
                    w.raw("<span class=\"hint\">Vacant</span>")
                }
                w.raw("</td><td>")
                w.text(seat.since?.long ?? "")
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
            if !subGroups.isEmpty {
                w.raw("<h2>Sub-groups</h2>\n<ul>")
                for sub in subGroups {
                    w.raw("<li><a href=\"")
                    w.text(SitePath.body(partnership: p, body: sub.slug).path)
                    w.raw("\">")
                    w.text(sub.name)
                    w.raw("</a></li>")
                }
                w.raw("</ul>\n")
            }
            w.raw("<h2 id=\"meetings\">Meetings</h2>\n")
            if meetings.isEmpty { w.raw("<p>No meetings yet.</p>\n") }
            var year: MunicipalYear?
            for meeting in meetings {
                if meeting.municipalYear != year {
                    if year != nil { w.raw("</ul>\n") }
                    year = meeting.municipalYear
                    w.element("<h3>", meeting.municipalYear.label, "</h3>\n<ul class=\"meetings\">")
                }
                w.raw("<li><a href=\"")
                w.text(SitePath.meeting(partnership: p, body: body.slug, date: meeting.date).path)
                w.raw("\">")
                w.text(meeting.date.longWithWeekday)
                w.raw("</a> <span class=\"tag\">")
                w.text(meeting.status.label)
                w.raw("</span></li>")
            }
            if year != nil { w.raw("</ul>\n") }
            Self.reportsSection(reports, partnership: p, into: &w)
            ForwardPlanSection.write(plan, into: &w)
            w.raw("<h2 id=\"attendance\">Attendance</h2>\n")
            if facts.isEmpty { w.raw("<p>No attendance has been published yet.</p>\n") }
            Self.tallyTable("By person", byPerson, into: &w)
            Self.tallyTable("By organisation", byOrganisation, into: &w)
            PublicLinks.write(layout.alternates, into: &w)
        }
    }

    /// A sub-group's filed reports to its board, each a link, with the meeting it is for.
    static func reportsSection(
        _ reports: [(report: FiledReportLink, meeting: Meeting, board: Body)], partnership p: String,
        into w: inout HTMLWriter
    ) {
        guard let first = reports.first else { return }
        w.raw("<h2 id=\"reports\">")
        w.text("Reports to the \(first.board.name)")
        w.raw("</h2>\n<ul class=\"reports\">")
        for (report, meeting, _) in reports {
            w.raw("<li><a href=\"")
            w.text(SitePath.subGroupReport(partnership: p, id: report.id).path)
            w.raw("\">")
            w.text("Report for the meeting on \(meeting.date.long)")
            w.raw("</a>")
            if let filed = report.filedOn { w.raw(" <span class=\"hint\">("); w.text("filed \(filed.long)"); w.raw(")</span>") }
            if report.status != .onAgenda { w.raw(" <span class=\"tag draft\">Not yet on the agenda</span>") }
            w.raw("</li>")
        }
        w.raw("</ul>\n")
    }

    static func tallyTable(_ caption: StaticString, _ tallies: [AttendanceTally], into w: inout HTMLWriter) {
        guard !tallies.isEmpty else { return }
        w.raw("<table>\n<caption>")
        w.raw(caption)
        w.raw(
            "</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Attended</th><th scope=\"col\">Apologies</th><th scope=\"col\">Absent</th><th scope=\"col\">Rate</th></tr></thead>\n<tbody>\n"
        )
        for t in tallies {
            w.raw("<tr><th scope=\"row\">")
            w.text(t.key)
            w.raw("</th><td>")
            w.text(t.attended)
            w.raw("</td><td>")
            w.text(t.apologies)
            w.raw("</td><td>")
            w.text(t.absent)
            w.raw("</td><td>")
            w.text(t.recorded == 0 ? "–" : "\((t.attended * 100 + t.recorded / 2) / t.recorded)%")
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n")
    }
}
