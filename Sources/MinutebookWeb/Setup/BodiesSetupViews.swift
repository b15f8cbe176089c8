import Hummingbird
import MinutebookCore
import MinutebookServices

/// Which of a body page's forms was sent (its values are shown as typed; the others show the record).
enum BodyForm { case settings, rename, merge }

extension BodiesSetupController {
    func listPage(_ scope: SetupScope, _ context: AppRequestContext, _ f: FormReader, notice: String?) async throws -> Response {
        let all = try await bodies.bodies(of: scope.partnership.id)
        return scope.page("Bodies and sub-groups", context: context, errors: f.errors, notice: notice) { w in
            if all.isEmpty {
                w.element("<p>", "The partnership has no bodies yet.", "</p>\n")
            } else {
                w.raw("<table>\n<caption>The partnership's bodies</caption>\n<thead><tr><th scope=\"col\">Body</th><th scope=\"col\">Kind</th>")
                w.raw("<th scope=\"col\">Reports to</th><th scope=\"col\">Meetings</th><th scope=\"col\">Formerly</th></tr></thead>\n<tbody>\n")
                for entry in all {
                    w.raw("<tr><th scope=\"row\"><a href=\"")
                    w.text(SitePath.setupBody(partnership: scope.slug, id: entry.body.id).path)
                    w.raw("\">")
                    w.text(entry.body.name)
                    w.raw("</a></th>")
                    w.element("<td>", entry.body.kind == .board ? "Board" : "Sub-group", "</td>")
                    w.element("<td>", entry.reportsTo ?? "", "</td>")
                    w.element("<td>", entry.body.isPublic ? "Public" : "Private", "</td>")
                    w.element("<td>", entry.formerNames.joined(separator: "; "), "</td></tr>\n")
                }
                w.raw("</tbody>\n</table>\n")
            }
            w.raw("<h2 id=\"add-body\">Add a body or sub-group</h2>\n")
            FormReader.open(&w, action: SitePath.setupBodies(partnership: scope.slug).path, context: context, label: "add-body")
            w.inputField("name", label: "Name", value: f.value("name"), hint: "For example Reducing Reoffending Group", errors: f.errors)
            w.inputField(
                "slug", label: "Short name for web addresses", value: f.value("slug"),
                hint: "Lower-case letters, digits and dashes. Left blank, it is made from the name", errors: f.errors)
            Self.settingsFields(&w, f, typed: true, current: nil, all: all, except: nil)
            w.raw("<button type=\"submit\">Add the body</button>\n</form>\n")
        }
    }

    static func settingsFields(_ w: inout HTMLWriter, _ f: FormReader, typed: Bool, current: BodyEntry?, all: [BodyEntry], except id: Int64?) {
        let board = all.first(where: { $0.body.kind == .board })?.body.id
        let kind =
            typed
            ? f.form.nonEmpty("kind") ?? (all.isEmpty ? BodyKind.board.rawValue : BodyKind.subGroup.rawValue)
            : current?.body.kind.rawValue
        w.selectField("kind", label: "Kind", choices: kinds, selected: kind, errors: f.errors)
        let reportsTo =
            typed
            ? f.form.nonEmpty("reportsTo") ?? (f.form.fields.isEmpty ? board.map { String($0) } : nil)
            : current?.body.reportsToBodyID.map { String($0) }
        w.selectField(
            "reportsTo", label: "Reports to",
            choices: [Choice("", "No other body")] + all.filter { $0.body.id != id }.map { Choice(String($0.body.id), $0.body.name) },
            selected: reportsTo ?? "", hint: "A sub-group reports to the board", errors: f.errors)
        let visibility = typed ? f.form.nonEmpty("visibility") ?? "public" : (current?.body.isPublic == false ? "private" : "public")
        w.selectField("visibility", label: "Meetings", choices: visibilities, selected: visibility, errors: f.errors)
        let quorum = typed ? f.value("quorum") : current?.quorum.map(String.init) ?? ""
        w.inputField(
            "quorum", label: "Quorum for votes", value: quorum,
            hint: "How many voting members must be present for a vote. Leave blank for the default: \(Quorum.defaultRule)",
            errors: f.errors)
    }

    func bodyPage(
        _ scope: SetupScope, _ context: AppRequestContext, _ entry: BodyEntry, _ all: [BodyEntry], _ f: FormReader,
        form: BodyForm?, notice: String?
    ) -> Response {
        let body = entry.body
        let path = SitePath.setupBody(partnership: scope.slug, id: body.id).path
        let none = FormReader(FormData())
        return scope.page(
            body.name, context: context, errors: f.errors, notice: notice,
            crumbs: [("Bodies and sub-groups", SitePath.setupBodies(partnership: scope.slug).path)]
        ) { w in
            w.raw("<p class=\"setup-actions\"><a href=\"")
            w.text(SitePath.body(partnership: scope.slug, body: body.slug).path)
            w.raw("\">The body's page</a><a href=\"")
            w.text(SitePath.seats(partnership: scope.slug, body: body.slug).path)
            w.raw("\">Its seats</a></p>\n")
            if !entry.formerNames.isEmpty {
                w.element("<p>", "Formerly: " + entry.formerNames.joined(separator: "; ") + ".", "</p>\n")
            }
            let settingsForm = form == .settings ? f : none
            w.raw("<h2 id=\"body-settings\">Settings</h2>\n")
            FormReader.open(&w, action: path, context: context, label: "body-settings")
            w.inputField(
                "slug", label: "Short name for web addresses", value: form == .settings ? f.value("slug") : body.slug,
                hint: "Lower-case letters, digits and dashes", errors: settingsForm.errors)
            Self.settingsFields(&w, settingsForm, typed: form == .settings, current: entry, all: all, except: body.id)
            w.raw("<button type=\"submit\">Save the settings</button>\n</form>\n")

            w.raw("<h2 id=\"rename\">Rename</h2>\n")
            w.element("<p>", "The old name is kept: search, the importer and old web addresses still find the body by it.", "</p>\n")
            FormReader.open(&w, action: path + "/rename", context: context, label: "rename")
            w.inputField(
                "newName", label: "New name", value: form == .rename ? f.value("newName") : "",
                errors: form == .rename ? f.errors : FormErrors())
            w.raw("<button type=\"submit\">Rename the body</button>\n</form>\n")

            let others = all.filter { $0.body.id != body.id }
            if !others.isEmpty {
                let mergeErrors = form == .merge ? f.errors : FormErrors()
                w.raw("<h2 id=\"merge\">Merge another body into this one</h2>\n")
                w.element(
                    "<p>",
                    "For two bodies an import made of one: the other body's meetings, minutes, actions, seats and plans "
                        + "move to \(body.name), its name is kept as a former name, and it is removed.", "</p>\n")
                FormReader.open(&w, action: path + "/merge", context: context, label: "merge")
                w.selectField(
                    "dropped", label: "Body to merge into \(body.name)",
                    choices: [Choice("", "Choose a body")] + others.map { Choice(String($0.body.id), $0.body.name) },
                    selected: form == .merge ? f.value("dropped") : "", errors: mergeErrors)
                w.mergeConfirmation(mergeErrors, checked: form == .merge && f.form["confirm"] == "1")
                w.raw("<button type=\"submit\" class=\"warning\">Merge the bodies</button>\n</form>\n")
            }
        }
    }
}
