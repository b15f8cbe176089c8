import Hummingbird
import MinutebookCore
import MinutebookServices

extension PeopleSetupController {
    func listPage(_ scope: SetupScope, _ context: AppRequestContext, _ f: FormReader, notice: String?) async throws -> Response {
        let everyone = try await people.directory(of: scope.partnership.id, on: Today.date)
        return scope.page("People", context: context, errors: f.errors, notice: notice) { w in
            if everyone.isEmpty {
                w.element("<p>", "No one has been added yet.", "</p>\n")
            } else {
                w.raw("<table>\n<caption>Everyone in the partnership's directory</caption>\n<thead><tr><th scope=\"col\">Name</th>")
                w.raw("<th scope=\"col\">Job title</th><th scope=\"col\">Organisation</th><th scope=\"col\">E-mail</th>")
                w.raw("<th scope=\"col\">Seats today</th></tr></thead>\n<tbody>\n")
                for entry in everyone {
                    w.raw("<tr><th scope=\"row\"><a href=\"")
                    w.text(SitePath.setupPerson(partnership: scope.slug, id: entry.person.id).path)
                    w.raw("\">")
                    w.text(entry.person.fullName)
                    w.raw("</a>")
                    if let left = entry.leftOn { w.element(" <span class=\"tag\">", "Left \(left.long)", "</span>") }
                    w.raw("</th>")
                    w.element("<td>", entry.jobTitle ?? "", "</td>")
                    w.element("<td>", entry.organisation ?? "", "</td>")
                    w.element("<td>", entry.person.email ?? "None on record", "</td>")
                    w.element("<td>", entry.seats.joined(separator: "; "), "</td></tr>\n")
                }
                w.raw("</tbody>\n</table>\n")
            }
            w.raw("<h2 id=\"add-person\">Add a person</h2>\n")
            FormReader.open(&w, action: SitePath.setupPeople(partnership: scope.slug).path, context: context, label: "add-person")
            Self.detailFields(&w, f, typed: true, current: nil, errors: f.errors)
            w.raw("<button type=\"submit\">Add the person</button>\n</form>\n")
        }
    }

    func personPage(
        _ scope: SetupScope, _ context: AppRequestContext, _ entry: DirectoryPerson, _ f: FormReader, form: Form?,
        notice: String?
    ) async throws -> Response {
        let others = try await people.directory(of: scope.partnership.id, on: Today.date).filter { $0.person.id != entry.person.id }
        let path = SitePath.setupPerson(partnership: scope.slug, id: entry.person.id).path
        return scope.page(
            entry.person.fullName, context: context, errors: f.errors, notice: notice,
            crumbs: [("People", SitePath.setupPeople(partnership: scope.slug).path)]
        ) { w in
            w.raw("<p><a href=\"")
            w.text(SitePath.person(partnership: scope.slug, id: entry.person.id).path)
            w.raw("\">Their page: actions and attendance</a></p>\n")
            if let left = entry.leftOn { w.element("<p>", "Left the partnership on \(left.long).", "</p>\n") }
            w.element("<p>", entry.seats.isEmpty ? "Holds no seat today." : "Seats today: " + entry.seats.joined(separator: "; ") + ".", "</p>\n")

            w.raw("<h2 id=\"details\">Details</h2>\n")
            FormReader.open(&w, action: path, context: context, label: "details")
            Self.detailFields(&w, f, typed: form == .details, current: entry, errors: form == .details ? f.errors : FormErrors())
            w.raw("<button type=\"submit\">Save the details</button>\n</form>\n")

            if entry.leftOn == nil {
                w.raw("<h2 id=\"left\">Mark as having left</h2>\n")
                w.element(
                    "<p>",
                    "Every seat they hold ends on the day they leave; the pack's cover and the attendance register "
                        + "stop listing them for later meetings.", "</p>\n")
                FormReader.open(&w, action: path + "/left", context: context, label: "left")
                w.dateInput(
                    "leftOn", legend: "The last day they were a member", value: form == .left ? f.dateParts("leftOn") : DateParts(),
                    hint: "For example 31 3 2031", errors: form == .left ? f.errors : FormErrors())
                w.raw("<button type=\"submit\" class=\"warning\">Mark as having left</button>\n</form>\n")
            }

            if !others.isEmpty {
                let errors = form == .merge ? f.errors : FormErrors()
                w.raw("<h2 id=\"merge\">Merge a duplicate record into this one</h2>\n")
                w.element(
                    "<p>",
                    "For one person recorded twice: the other record's seats, attendance, actions and updates move "
                        + "to this one, its details fill any left blank here, and it is removed.", "</p>\n")
                FormReader.open(&w, action: path + "/merge", context: context, label: "merge")
                w.selectField(
                    "dropped", label: "Record to merge into this one",
                    choices: [Choice("", "Choose a person")]
                        + others.map {
                            Choice(String($0.person.id), $0.person.fullName + ($0.organisation.map { " (\($0))" } ?? "") + " #\($0.person.id)")
                        }, selected: form == .merge ? f.value("dropped") : "", errors: errors)
                w.mergeConfirmation(errors, checked: form == .merge && f.form["confirm"] == "1")
                w.raw("<button type=\"submit\" class=\"warning\">Merge the records</button>\n</form>\n")
            }
        }
    }
}
