import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The Matters Arising report of a meeting: the draft the secretariat edits and publishes, the
/// published report for everyone, and the same rows as a Word document.
struct MattersArisingController {
    let reports: any MattersArisingRepository
    let requests: any UpdateRequestRepository
    /// Nil when no mail server is configured: "Request updates" is then explained, not offered.
    let mail: MailSettings?

    func addRoutes(to routes: PartnershipRoutes) {
        let meeting = routes.body.group("meetings/:date")
        meeting.get("matters-arising", use: show)
        meeting.get("matters-arising.docx", use: docx)
        meeting.post("matters-arising", use: save)
        meeting.post("matters-arising/publish", use: publish)
        meeting.post("matters-arising/request-updates", use: requestUpdates)
        meeting.post("matters-arising/outcomes", use: recordOutcomes)
    }

    struct Target {
        var partnership: Partnership
        var body: Body
        var date: LocalDate
        var grant: Visibility.Grant
    }

    /// The path's partnership and body (found by `BodyMiddleware`) and the meeting's date.
    func target(_ context: AppRequestContext) async throws -> Target {
        let (partnership, body) = try context.pathBody()
        guard let date = context.parameters.get("date").flatMap({ LocalDate(iso: $0) }) else {
            throw DomainError.notFound("The meeting date must look like 2018-03-26.")
        }
        return Target(
            partnership: partnership, body: body, date: date,
            grant: Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id))
    }

    func path(_ t: Target) -> String {
        SitePath.mattersArising(partnership: t.partnership.slug, body: t.body.slug, date: t.date).path
    }

    func editor(_ context: AppRequestContext, _ request: Request, _ t: Target) throws -> ActionEditor {
        let editor = try context.requireActionEditor(request)
        guard t.grant.edit else { throw DomainError.forbidden("Only the secretariat can change the Matters Arising report.") }
        return editor
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = try await target(context)
        let report = try await reports.mattersArising(bodyID: t.body.id, date: t.date, audience: context.audience)
        let editable = t.grant.edit && report.state != .published && report.meetingID != nil
        let options = MattersArisingView.Options(
            editable: editable, canRequestUpdates: t.grant.edit && report.meetingID != nil,
            mailConfigured: mail != nil,
            canRecordOutcomes: t.grant.edit && report.state == .published)
        let html = MattersArisingView.page(
            report, target: t, path: path(t), options: options, context: context,
            notice: request.uri.queryParameters.get("done"))
        return .html(html)
    }

    @Sendable func docx(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = try await target(context)
        let report = try await reports.mattersArising(bodyID: t.body.id, date: t.date, audience: context.audience)
        let data = try MattersArisingDocument.docx(report)
        var headers = HTTPFields()
        headers[.contentType] = MattersArisingDocument.mediaType
        headers[.contentDisposition] = "attachment; filename=\"matters-arising-\(t.body.slug)-\(t.date.iso).docx\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: Array(data))))
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let t = try await target(context)
        let editor = try editor(context, request, t)
        let form = try await FormData.collect(from: &request, context: context)
        let report = try await reports.mattersArising(bodyID: t.body.id, date: t.date, audience: context.audience)
        guard let meetingID = report.meetingID else { throw DomainError.notFound("Create the meeting before saving its report.") }
        var saved: [MattersArising.SavedEntry] = []
        for var entry in report.entries {
            let resolved = form.untrimmed("resolved-\(entry.key)").map(Self.normalised) ?? entry.resolved
            let update = form.untrimmed("update-\(entry.key)").map(Self.normalised) ?? entry.update
            if resolved != entry.resolved || update != entry.update || entry.isEdited {
                entry.resolved = resolved
                entry.update = update
                entry.isEdited = true
            }
            saved.append(.init(entry: entry, isOmitted: form["omit-\(entry.key)"] == "1"))
        }
        try await reports.saveMattersArising(meetingID: meetingID, entries: saved, by: editor)
        return .redirect(to: path(t) + "?done=saved", type: .found)
    }

    @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = try await target(context)
        let editor = try editor(context, request, t)
        guard let meetingID = try await reports.meetingID(bodyID: t.body.id, date: t.date) else {
            throw DomainError.notFound("Create the meeting before publishing its report.")
        }
        _ = try await reports.publishMattersArising(meetingID: meetingID, by: editor)
        return .redirect(to: path(t) + "?done=published", type: .found)
    }

    /// "Request updates": one email per owner of the outstanding actions, then a page naming who was
    /// emailed and whom no email reaches. The links written are audited under the secretariat's name.
    @Sendable func requestUpdates(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = try await target(context)
        let editor = try editor(context, request, t)
        guard let mail else {
            throw DomainError.conflict("Email is not set up on this site: ask the administrator to configure the mail server (MINUTEBOOK_SMTP_HOST).")
        }
        guard let meetingID = try await reports.meetingID(bodyID: t.body.id, date: t.date) else {
            throw DomainError.notFound("Create the meeting before requesting updates for it.")
        }
        let mailer = UpdateRequestMailer(requests: requests, smtp: SMTPClient(configuration: mail.smtp), baseURL: mail.baseURL)
        let mails = try await requests.createRequests(meetingID: meetingID, kind: .request, validForDays: mail.linkValidDays, by: editor)
        do {
            try await mailer.deliver(mails, kind: .request, by: editor)
        } catch {
            // The links were written but never left this server: the mailer has withdrawn them.
            context.logger.error("Request updates failed", metadata: ["meeting.id": "\(meetingID)", "error": "\(error)"])
            throw DomainError.conflict("The emails could not be sent: \(error). Nothing was sent; try again later.")
        }
        let unreachable = try await requests.ownersWithoutAddress(meetingID: meetingID)
        return .html(RequestUpdatesView.page(target: t, back: path(t), emailed: mails, withoutAddress: unreachable, context: context))
    }

    /// What the meeting decided for each row of the published report: closed, carried forward or dropped.
    @Sendable func recordOutcomes(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let t = try await target(context)
        let editor = try editor(context, request, t)
        let form = try await FormData.collect(from: &request, context: context)
        guard let meetingID = try await reports.meetingID(bodyID: t.body.id, date: t.date) else {
            throw DomainError.notFound("There is no meeting on \(t.date.long).")
        }
        let report = try await reports.mattersArising(bodyID: t.body.id, date: t.date, audience: context.audience)
        var outcomes: [String: MattersArisingOutcome] = [:]
        for entry in report.entries {
            guard let value = form["outcome-\(entry.key)"], !value.isEmpty else { continue }
            guard let outcome = MattersArisingOutcome(rawValue: value) else {
                throw DomainError.invalid("'\(value)' is not an outcome (closed, carried_forward or dropped).")
            }
            outcomes[entry.key] = outcome
        }
        guard !outcomes.isEmpty else { throw DomainError.invalid("Choose what the meeting decided for at least one row.") }
        try await reports.recordOutcomes(meetingID: meetingID, outcomes: outcomes, by: editor)
        return .redirect(to: path(t) + "?done=outcomes", type: .found)
    }

    /// Form text with CRLF line ends, as browsers send it, kept as the report's LF paragraphs.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
