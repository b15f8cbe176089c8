import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices
import MinutebookTools
import NIOCore

/// The secretariat's agenda work: schedule a meeting, edit its agenda, upload reports, keep the
/// forward plan, and issue the pack. Every page needs edit rights over the body (Visibility).
struct AgendaController {
    let agendas: any AgendaRepository
    let plans: any ForwardPlanRepository
    let packs: any PackRepository
    let meetings: any MeetingRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let body = routes.secretariatBody
        body.get("schedule", use: scheduleForm)
        body.post("schedule", use: schedule)
        body.get("forward-plan", use: forwardPlan)
        body.post("forward-plan", use: propose)
        body.post("forward-plan/:item/:action", use: planAction)
        let meeting = body.group("meetings/:date")
        meeting.get("agenda/edit", use: edit)
        meeting.post("agenda/items", use: addItem)
        meeting.post("agenda/items/:item/:action", use: itemAction)
        addItemRoutes(to: meeting)
        addTemplateRoutes(to: body)
    }

    struct BodyScope {
        var partnership: String
        var body: Body
        var account: Audience.Account
        var editor: Editor
        var path: String { SitePath.body(partnership: partnership, body: body.slug).path }
    }

    struct MeetingScope {
        var bodyScope: BodyScope
        var meeting: Meeting
        var path: String { "\(bodyScope.path)/meetings/\(meeting.date.iso)" }
    }

    /// The body named in the path, for the secretariat (the context checked the edit grant).
    func bodyScope(_ context: SecretariatContext) async throws -> BodyScope {
        BodyScope(partnership: context.partnership.slug, body: try context.pathBody(), account: context.account, editor: context.editor)
    }

    func meetingScope(_ context: SecretariatContext) async throws -> MeetingScope {
        let scope = try await bodyScope(context)
        let text = try context.request.parameters.require("date")
        guard let date = LocalDate(iso: text),
            let meeting = try await meetings.meeting(bodySlugOrName: scope.body.slug, partnership: scope.partnership, date: date)
        else {
            throw DomainError.notFound("\(scope.body.name) has no meeting on \(text).")
        }
        return MeetingScope(bodyScope: scope, meeting: meeting)
    }

    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }

    // MARK: Scheduling

    @Sendable func scheduleForm(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        return .html(AgendaViews.schedulePage(scope: scope, context: context, values: FormData(), errors: FormErrors()))
    }

    @Sendable func schedule(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        let date = form.nonEmpty("date").flatMap { LocalDate(iso: $0) }
        if date == nil { errors.add("date", "Enter the meeting date, for example 2026-03-12") }
        var start: LocalTime?
        if let text = form.nonEmpty("time") {
            start = LocalTime(hhmm: text)
            if start == nil { errors.add("time", "Enter the start time as HH:MM, for example 10:00") }
        }
        if let date, errors.isEmpty {
            do {
                let meeting = try await agendas.scheduleMeeting(
                    MeetingSchedule(
                        bodyID: scope.body.id, date: date, start: start,
                        venue: form.nonEmpty("venue"),
                        virtualLink: form.nonEmpty("virtualLink")),
                    by: scope.editor)
                return Self.redirect("\(scope.path)/meetings/\(meeting.date.iso)/agenda/edit?done=scheduled")
            } catch let error as DomainError where error.kind == .conflict {
                errors.add("date", error.message)
            }
        }
        return .html(AgendaViews.schedulePage(scope: scope, context: context, values: form, errors: errors), status: .badRequest)
    }

    // MARK: Agenda editing

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await meetingScope(secretariat)
        let context = secretariat.request
        return try await editPage(
            scope, context: context, errors: FormErrors(), values: FormData(),
            done: request.uri.queryParameters.get("done"), status: .ok)
    }

    func editPage(
        _ scope: MeetingScope, context: AppRequestContext, errors: FormErrors, values: FormData, done: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        guard let agenda = try await agendas.agenda(of: scope.meeting.id, audience: context.audience) else {
            throw DomainError.notFound("no such meeting")
        }
        let source = try await packs.packSource(meetingID: scope.meeting.id, edition: .public, issueDate: scope.meeting.date)
        let issue = try await agendas.packIssue(of: scope.meeting.id)
        return .html(
            AgendaViews.editPage(
                scope: scope, agenda: agenda, deadlines: source.deadlines, issue: issue, context: context,
                errors: errors, values: values, done: done), status: status)
    }

    @Sendable func addItem(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await meetingScope(secretariat)
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let part: AgendaPart = form["part"] == "2" ? .two : .one
        var reference = form.nonEmpty("reference")
        if form["autoReference"] == "1", reference == nil {
            reference = try await agendas.nextReportReference(for: scope.meeting.id)
        }
        let item = NewAgendaItem(
            title: form["title"] ?? "", level: form["sub"] == "1" ? 1 : 0, description: form.nonEmpty("description"),
            part: part, exemptReason: form.nonEmpty("exemptReason"), leadOfficer: form.nonEmpty("lead"),
            reportReference: reference, expectsReport: form["expectsReport"] == "1")
        let problems = item.problems
        guard problems.isEmpty else {
            return try await editPage(scope, context: context, errors: FormErrors(problems), values: form, done: nil, status: .badRequest)
        }
        _ = try await agendas.addItem(item, to: scope.meeting.id, at: nil, by: scope.bodyScope.editor)
        return Self.redirect("\(scope.path)/agenda/edit?done=added")
    }

    @Sendable func itemAction(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await meetingScope(secretariat)
        let context = secretariat.request
        guard let itemID = Int64(try context.parameters.require("item")),
            let agenda = try await agendas.agenda(of: scope.meeting.id, audience: context.audience),
            let index = agenda.entries.firstIndex(where: { $0.id == itemID })
        else {
            throw DomainError.notFound("That agenda item no longer exists.")
        }
        let editor = scope.bodyScope.editor
        switch try context.parameters.require("action") {
        case "up":
            if index > 0 { try await agendas.moveItem(itemID, to: index, by: editor) }
        case "down":
            if index < agenda.entries.count - 1 { try await agendas.moveItem(itemID, to: index + 2, by: editor) }
        case "remove":
            try await agendas.removeItem(itemID, by: editor)
        case "report":
            return try await upload(request, context: context, scope: scope, entry: agenda.entries[index])
        default:
            throw DomainError.notFound("Unknown agenda action.")
        }
        return Self.redirect("\(scope.path)/agenda/edit?done=changed#item-\(itemID)")
    }

    func upload(_ request: Request, context: AppRequestContext, scope: MeetingScope, entry: AgendaEntry) async throws -> Response {
        var request = request
        let uploaded = try await SpooledForm.read(&request, context: context)
        let field = "file-\(entry.id)"
        var errors = FormErrors()
        guard let file = uploaded.file("file") else {
            errors.add(field, "Choose the report file to upload for item \(entry.item.number ?? "")")
            return try await editPage(scope, context: context, errors: errors, values: FormData(), done: nil, status: .badRequest)
        }
        let tools = try PackTools.locate()
        do {
            // qpdf and pdftotext run on the blocking pool, never on the concurrency pool.
            let (accepted, text) = try await UploadCheck(tools: tools).checkAndExtract(filename: file.filename, content: file.content)
            _ = try await agendas.attachReport(
                ReportUpload(
                    title: entry.item.title, filename: file.filename, format: accepted.format,
                    content: file.content, sha256: SHA256Hex.digest(file.content), text: text),
                to: entry.id, by: scope.bodyScope.editor)
        } catch let refusal as UploadCheck.Refusal {
            errors.add(field, "The report was refused: \(refusal.reason)")
            return try await editPage(scope, context: context, errors: errors, values: FormData(), done: nil, status: .badRequest)
        }
        return Self.redirect("\(scope.path)/agenda/edit?done=uploaded#item-\(entry.id)")
    }

    // MARK: Forward plan

    @Sendable func forwardPlan(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        return try await planPage(scope, context: context, values: FormData(), errors: FormErrors(), status: .ok)
    }

    func planPage(
        _ scope: BodyScope, context: AppRequestContext, values: FormData, errors: FormErrors,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let items = try await plans.items(of: scope.body.id)
        var histories: [Int64: [ForwardPlanMove]] = [:]
        for item in items { histories[item.id] = try await plans.history(of: item.id) }
        let dates = try await meetings.meetingDates(of: scope.body.id).filter { $0 >= Today.date }
        return .html(
            AgendaViews.planPage(
                scope: scope, items: items, histories: histories, upcoming: dates, context: context,
                values: values, errors: errors), status: status)
    }

    func meetingID(_ scope: BodyScope, _ text: String?) async throws -> Int64? {
        guard let text, let date = LocalDate(iso: text) else { return nil }
        return try await meetings.meeting(bodySlugOrName: scope.body.slug, partnership: scope.partnership, date: date)?.id
    }

    @Sendable func propose(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let proposal = ForwardPlanProposal(
            title: form["title"] ?? "", proposer: form["proposer"] ?? "", leadOfficer: form.nonEmpty("lead"),
            targetMeetingID: try await meetingID(scope, form.nonEmpty("target")),
            part: form["part"] == "2" ? .two : .one, exemptReason: form.nonEmpty("exemptReason"),
            notes: form.nonEmpty("notes"))
        guard proposal.problems.isEmpty else {
            return try await planPage(scope, context: context, values: form, errors: FormErrors(proposal.problems), status: .badRequest)
        }
        _ = try await plans.propose(proposal, for: scope.body.id, by: scope.editor)
        return Self.redirect("\(scope.path)/forward-plan")
    }

    @Sendable func planAction(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        guard let itemID = Int64(try context.parameters.require("item")), let item = try await plans.item(itemID),
            item.bodyID == scope.body.id
        else {
            throw DomainError.notFound("That forward plan item does not exist.")
        }
        let action = try context.parameters.require("action")
        do {
            switch action {
            case "defer":
                try await plans.deferItem(
                    itemID, to: try await meetingID(scope, form.nonEmpty("target")), reason: form.nonEmpty("reason"),
                    by: scope.editor)
            case "schedule":
                guard let target = try await meetingID(scope, form.nonEmpty("target")) else {
                    throw DomainError.invalid("Choose the meeting to schedule the item for")
                }
                try await plans.schedule(itemID, for: target, by: scope.editor)
            case "taken": try await plans.markTaken(itemID, by: scope.editor)
            case "drop": try await plans.drop(itemID, reason: form.nonEmpty("reason"), by: scope.editor)
            default: throw DomainError.notFound("Unknown forward plan action.")
            }
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            // The refusal is shown beside the form it came from.
            let field =
                switch action {
                case "defer": "target-\(itemID)"
                case "schedule": "schedule-\(itemID)"
                default: "plan-\(itemID)"
                }
            return try await planPage(
                scope, context: context, values: FormData(), errors: FormErrors([(field, error.message)]),
                status: .badRequest)
        }
        return Self.redirect("\(scope.path)/forward-plan#plan-\(itemID)")
    }
}
