import Hummingbird
import MinutebookCore
import MinutebookServices

/// Person and organisation pages: seats over time, attendance, contact details when the grant allows.
struct PeopleController {
    let scope: Scope
    let people: any PeopleRepository
    let actions: any ActionRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.partnership
        group.get("people/:id", use: person)
        group.get("organisations/:id", use: organisation)
    }

    @Sendable func person(_ request: Request, context: AppRequestContext) async throws -> Response {
        let partnership = try await scope.partnership(context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let detail = try await people.person(id: id, audience: context.audience),
            detail.person.partnershipID == partnership.id
        else {
            throw DomainError.notFound("\(partnership.name) has no person \(id).")
        }
        let stats = try await people.attendanceStats(personID: id, audience: context.audience)
        let owned = try await actions.actions(
            ActionFilter(ownerPersonID: id, statuses: [.open, .inProgress], limit: 50),
            audience: context.audience)
        let p = partnership.slug
        let grant = Visibility.partnershipGrant(context.audience, partnershipID: partnership.id)
        var layout = Layout(title: detail.person.fullName, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, SitePath.partnership(p).path)]
        let page = layout.render { w in
            w.element("<h1>", [detail.person.honorific, detail.person.fullName].compactMap { $0 }.joined(separator: " "), "</h1>\n")
            w.raw("<dl class=\"summary\">\n")
            if let org = detail.organisation {
                w.raw("<dt>Organisation</dt><dd><a href=\"")
                w.text(SitePath.organisation(partnership: p, id: org.id).path)
                w.raw("\">")
                w.text(org.name)
                w.raw("</a></dd>\n")
            }
            if let title = detail.jobTitle(on: Today.date) { w.summaryRow("Job title", title.title) }
            w.summaryRow("Initials", detail.person.initials)
            if let email = detail.person.email { w.summaryRow("Email", email) }
            w.raw("</dl>\n<h2>Seats</h2>\n")
            if detail.seats.isEmpty {
                w.raw("<p>No seats on any body.</p>\n")
            } else {
                w.raw(
                    "<table>\n<thead><tr><th scope=\"col\">Body</th><th scope=\"col\">Seat</th><th scope=\"col\">Role</th><th scope=\"col\">From</th><th scope=\"col\">To</th></tr></thead>\n<tbody>\n"
                )
                for tenure in detail.seats {
                    w.raw("<tr><td><a href=\"")
                    w.text(SitePath.body(partnership: p, body: tenure.body.slug).path)
                    w.raw("\">")
                    w.text(tenure.body.name)
                    w.raw("</a></td><td>")
                    w.text(tenure.seat.title)
                    w.raw("</td><td>")
                    w.text(tenure.seat.role.label)
                    w.raw("</td><td>")
                    w.text(tenure.start.long)
                    w.raw("</td><td>")
                    w.text(tenure.end?.long ?? "Now")
                    w.raw("</td></tr>\n")
                }
                w.raw("</tbody>\n</table>\n")
            }
            if detail.jobTitles.count > 1 {
                w.raw("<h2>Job titles</h2>\n<ul>")
                for title in detail.jobTitles {
                    w.raw("<li>")
                    w.text(
                        title.title + (title.organisation.map { ", " + $0 } ?? "") + " (from \(title.start.long)"
                            + (title.end.map { " to \($0.long)" } ?? "") + ")")
                    w.raw("</li>")
                }
                w.raw("</ul>\n")
            }
            Self.statsSection(stats, into: &w)
            w.raw("<h2>Open actions</h2>\n")
            ActionsTable.write(owned, partnership: p, caption: "Actions this person owns", into: &w)
            if grant.edit {
                w.raw("<p><a href=\"")
                w.text(SitePath.audit(partnership: p, table: "person", id: id).path)
                w.raw("\">Change history</a></p>\n")
            }
        }
        return .html(page)
    }

    @Sendable func organisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let partnership = try await scope.partnership(context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let organisation = try await people.organisation(id: id), organisation.partnershipID == partnership.id else {
            throw DomainError.notFound("\(partnership.name) has no organisation \(id).")
        }
        let members = try await people.people(of: partnership.id).filter { $0.organisationID == id }
        let stats = try await people.attendanceStats(organisationID: id, audience: context.audience)
        let p = partnership.slug
        var layout = Layout(title: organisation.name, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, SitePath.partnership(p).path)]
        let page = layout.render { w in
            w.element("<h1>", organisation.name, "</h1>\n")
            if let abbreviation = organisation.abbreviation { w.element("<p class=\"lead\">Known as ", abbreviation, "</p>\n") }
            w.raw("<h2>People</h2>\n<ul>")
            for person in members {
                w.raw("<li><a href=\"")
                w.text(SitePath.person(partnership: p, id: person.id).path)
                w.raw("\">")
                w.text(person.fullName)
                w.raw("</a></li>")
            }
            if members.isEmpty { w.raw("<li>No one recorded.</li>") }
            w.raw("</ul>\n")
            Self.statsSection(stats, into: &w)
        }
        return .html(page)
    }

    static func statsSection(_ stats: AttendanceStats, into w: inout HTMLWriter) {
        w.raw("<h2>Attendance</h2>\n")
        guard let percent = stats.attendedPercent else { w.raw("<p>No attendance has been published yet.</p>\n"); return }
        w.raw("<p>")
        w.text("Attended \(stats.attended) of \(stats.meetings) meetings (\(percent)%).")
        w.raw("</p>\n<dl class=\"summary\">\n")
        for status in AttendanceStatus.allCases where stats[status] > 0 {
            w.summaryRow(status.label, String(stats[status]))
        }
        w.raw("</dl>\n")
    }
}
