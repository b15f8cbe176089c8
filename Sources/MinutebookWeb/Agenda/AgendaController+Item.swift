import Hummingbird
import MinutebookCore
import MinutebookServices

/// One agenda item changed after it was added: its title, part (with the exempt reason), lead officer,
/// report reference, and whether a report is expected (a verbal item never prints "Report not included").
/// Each change is audited; a refused form keeps what was typed, beside an error summary.
extension AgendaController {
    func addItemRoutes(to meeting: RouterGroup<SecretariatContext>) {
        meeting.get("agenda/items/:item", use: itemPage)
        meeting.post("agenda/items/:item", use: saveItem)
    }

    func entry(_ scope: MeetingScope, _ context: AppRequestContext) async throws -> AgendaEntry {
        guard let itemID = Int64(try context.parameters.require("item")),
            let agenda = try await agendas.agenda(of: scope.meeting.id, audience: context.audience),
            let entry = agenda.entries.first(where: { $0.id == itemID })
        else {
            throw DomainError.notFound("That agenda item no longer exists.")
        }
        return entry
    }

    @Sendable func itemPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await meetingScope(secretariat)
        let context = secretariat.request
        let entry = try await entry(scope, context)
        return itemForm(scope, entry, context, FormReader(FormData()))
    }

    @Sendable func saveItem(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await meetingScope(secretariat)
        let context = secretariat.request
        let entry = try await entry(scope, context)
        var f = try await FormReader.collect(request, context)
        let title = f.required("title", "Enter the item's title")
        let part: AgendaPart = f.form["part"] == "2" ? .two : .one
        let reason = f.form.nonEmpty("exemptReason")
        if part == .two && reason == nil { f.errors.add("exemptReason", "Give the exempt reason for a Part 2 item") }
        let change = AgendaItemChange(
            title: title, part: part, exemptReason: .some(part == .two ? reason : nil),
            leadOfficer: .some(f.form.nonEmpty("lead")), reportReference: .some(f.form.nonEmpty("reference")),
            expectsReport: f.form["report"] == "expected")
        if f.errors.isEmpty {
            let editor = scope.bodyScope.editor
            if try await f.refusing("title", { try await agendas.updateItem(entry.id, change, by: editor) }) != nil {
                return Self.redirect("\(scope.path)/agenda/edit?done=changed#item-\(entry.id)")
            }
        }
        return itemForm(scope, entry, context, f)
    }

    func itemForm(_ scope: MeetingScope, _ entry: AgendaEntry, _ context: AppRequestContext, _ f: FormReader) -> Response {
        let typed = !f.form.fields.isEmpty
        func value(_ field: String, _ stored: String?) -> String { typed ? f.value(field) : (stored ?? "") }
        let title = "Change item \(entry.item.number ?? "")"
        var layout = AgendaViews.layout(f.errors.isEmpty ? title : "Error: " + title, context)
        layout.breadcrumbs.append(("Agenda", "\(scope.path)/agenda/edit"))
        let bytes = layout.render { w in
            w.errorSummary(f.errors)
            w.element("<span class=\"caption\">", "\(scope.bodyScope.body.name), \(scope.meeting.date.long)", "</span>\n")
            w.element("<h1>", title, "</h1>\n")
            FormReader.open(&w, action: "\(scope.path)/agenda/items/\(entry.id)", context: context)
            w.inputField("title", label: "Title", value: value("title", entry.item.title), errors: f.errors)
            w.selectField(
                "part", label: "Part", choices: [Choice("1", "Part 1 (public)"), Choice("2", "Part 2 (exempt, members only)")],
                selected: value("part", entry.item.part == .two ? "2" : "1"), errors: f.errors)
            w.inputField(
                "exemptReason", label: "Exempt reason (Part 2 only)", value: value("exemptReason", entry.item.exemptReason),
                errors: f.errors)
            w.inputField("lead", label: "Lead officer (optional)", value: value("lead", entry.item.leadOfficer), errors: f.errors)
            w.inputField(
                "reference", label: "Report reference (optional)", value: value("reference", entry.item.reportReference),
                hint: "For example CSD31007", errors: f.errors)
            w.selectField(
                "report", label: "Papers",
                choices: [
                    Choice("expected", "A written report is expected"),
                    Choice("verbal", "Verbal: no written report")
                ],
                selected: value("report", entry.expectsReport ? "expected" : "verbal"),
                hint: "The pack says \"Report not included\" only for an expected report that has not arrived", errors: f.errors)
            w.raw("<button type=\"submit\">Save the item</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }
}
