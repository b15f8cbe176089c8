import Foundation
import Hummingbird
import MinutebookCore
import MinutebookStore
import NIOCore

/// The agenda pack on the web: the published public pack (PDF and accessible HTML) for everyone once
/// issued, a members' pack preview for those who may see Part 2, and issuing for the secretariat.
struct PacksController {
    let agendas: any AgendaRepository
    let packs: any PackRepository
    let bodies: any BodyRepository
    let meetings: any MeetingRepository
    let actions: any ActionRepository
    /// Where the issue emails go from; nil: the pack is published but nobody is emailed.
    let mail: MailSettings?
    let database: AppDatabase

    func addRoutes(to router: Router<AppRequestContext>) {
        let meeting = "/p/:partnership/bodies/:body/meetings/:date"
        router.get("\(meeting)/pack.pdf", use: publishedPDF)
        router.get("\(meeting)/pack.html", use: publishedHTML)
        router.get("\(meeting)/pack/preview.pdf", use: preview)
        router.get("\(meeting)/pack/members.pdf", use: preview)
        router.post("\(meeting)/pack/issue", use: issue)
    }

    func find(_ context: AppRequestContext) async throws -> (Body, Meeting, Visibility.Grant, String) {
        let partnership = try context.parameters.require("partnership")
        let slug = try context.parameters.require("body")
        let text = try context.parameters.require("date")
        guard let body = try await bodies.body(slugOrName: slug, partnership: partnership), let date = LocalDate(iso: text),
              let meeting = try await meetings.meeting(bodySlugOrName: slug, partnership: partnership, date: date) else {
            throw DomainError.notFound("There is no such meeting.")
        }
        let path = "/p/\(partnership)/bodies/\(body.slug)/meetings/\(date.iso)"
        let grant = Visibility.grant(context.audience, bodyID: body.id, partnershipID: body.partnershipID)
        // A body the audience may not see keeps its meetings (and packs) unknown, as on the meeting page.
        guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else {
            throw DomainError.notFound("There is no such meeting.")
        }
        return (body, meeting, grant, path)
    }

    static func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "inline; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    @Sendable func publishedPDF(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (body, meeting, _, _) = try await find(context)
        guard let bytes = try await agendas.publishedPack(of: meeting.id, format: .pdf) else {
            throw DomainError.notFound("The agenda pack of this meeting has not been issued yet.")
        }
        return Self.file(bytes, type: "application/pdf", name: "\(body.slug)-\(meeting.date.iso)-agenda-pack.pdf")
    }

    @Sendable func publishedHTML(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, meeting, _, _) = try await find(context)
        guard let bytes = try await agendas.publishedPack(of: meeting.id, format: .html) else {
            throw DomainError.notFound("The agenda pack of this meeting has not been issued yet.")
        }
        return .html(bytes)
    }

    /// Builds `edition` into a scratch folder and returns the PDF and HTML bytes.
    func build(_ meeting: Meeting, edition: PackEdition, issueDate: LocalDate,
               name: String) async throws -> (pdf: [UInt8], html: [UInt8], result: PackBuilder.Result, source: PackSource) {
        let tools = try PackTools.locate()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mb-web-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent(name)
        let builder = PackBuilder(tools: tools, packs: packs, agendas: agendas)
        let source = try await packs.packSource(meetingID: meeting.id, edition: edition, issueDate: issueDate)
        var extra = try await MattersArisingSection.fragments(for: source.agenda, edition: edition, actions: actions)
        extra.merge(try await PackExtras.performance(for: source.agenda, edition: edition, database: database)) { first, _ in first }
        let result = try await builder.build(meetingID: meeting.id, edition: edition, issueDate: issueDate, output: output,
                                             extraReports: extra)
        let pdf = [UInt8](try Data(contentsOf: output))
        let html = [UInt8](try Data(contentsOf: result.htmlURL))
        return (pdf, html, result, source)
    }

    /// The members' pack (Part 2 included), built on request for those who may see Part 2; dated
    /// with the pack's date of issue once it is issued.
    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        let (body, meeting, grant, _) = try await find(context)
        guard grant.partTwo else {
            throw DomainError.forbidden("Only members of \(body.name) and the secretariat can see the members' pack.")
        }
        let name = "\(body.slug)-\(meeting.date.iso)-members-pack.pdf"
        let issued = try await agendas.packIssue(of: meeting.id)?.issuedOn
        let built = try await build(meeting, edition: .members, issueDate: issued ?? Today.date, name: name)
        return Self.file(built.pdf, type: "application/pdf", name: name)
    }

    /// Builds and publishes the public pack, records the date of issue, then emails the members
    /// (holders of the body's seats on the meeting date) a link; a mail failure is recorded and
    /// shown, and never undoes the issue.
    @Sendable func issue(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, editor) = try context.requireAccount(request)
        let (body, meeting, grant, path) = try await find(context)
        guard grant.edit else { throw DomainError.forbidden("Only the secretariat can issue the pack of \(body.name).") }
        let name = "\(body.slug)-\(meeting.date.iso)-agenda-pack.pdf"
        let built = try await build(meeting, edition: .public, issueDate: Today.date, name: name)
        let issue = try await agendas.recordIssue(of: meeting.id, on: Today.date, publicPack: built.pdf, accessibleHTML: built.html, by: editor)
        context.logger.info("pack issued", metadata: ["meeting.id": "\(meeting.id)", "pack.pages": "\(built.result.pageCount)"])
        let (emailed, note) = await tellMembers(meeting, source: built.source, path: path, context: context)
        try await agendas.recordMailing(of: issue.id, emailed: emailed, note: note, by: editor)
        return Response(status: .seeOther, headers: [.location: "\(path)/agenda/edit?done=issued"])
    }

    /// Sends the issue emails; returns how many the server accepted and what kept the rest back.
    func tellMembers(_ meeting: Meeting, source: PackSource, path: String, context: AppRequestContext) async -> (Int, String?) {
        guard let mail else { return (0, "No email was sent: no mail server is configured.") }
        do {
            let letters = PackMailer.letters(for: source, recipients: try await packs.recipients(meetingID: meeting.id),
                                             meetingPath: path, baseURL: mail.baseURL)
            let sent = try await SMTPClient(configuration: mail.smtp).send(letters.messages)
            context.logger.info("pack emailed", metadata: ["meeting.id": "\(meeting.id)", "mail.sent": "\(sent)"])
            if letters.messages.isEmpty && letters.withoutAddress.isEmpty { return (0, "The body has no members to email on the meeting date.") }
            return (sent, letters.withoutAddress.isEmpty ? nil : "No email address for: \(letters.withoutAddress.joined(separator: ", ")).")
        } catch {
            context.logger.warning("pack email failed", metadata: ["meeting.id": "\(meeting.id)", "error": "\(String(describing: error))"])
            let reason = (error as? DomainError)?.message ?? String(describing: error)
            return (0, "The emails could not be sent: \(reason)")
        }
    }
}
