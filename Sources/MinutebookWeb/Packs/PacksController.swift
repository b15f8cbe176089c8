import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices
import NIOCore

/// The agenda pack on the web: the public pack (PDF and accessible HTML) as issued for everyone, the
/// members' pack as issued for those who may see Part 2 (with a preview built on request), and
/// issuing for the secretariat. Issued packs are served from their stored bytes with an ETag.
struct PacksController {
    let agendas: any AgendaRepository
    let packs: any PackRepository
    let meetings: any MeetingRepository
    /// Builds and issues packs (and emails the members when mail is configured).
    let issuer: PackIssuer

    func addRoutes(to routes: PartnershipRoutes) {
        let meeting = routes.body.group("meetings/:date")
        meeting.get("pack.pdf", use: publishedPDF)
        meeting.get("pack.html", use: publishedHTML)
        meeting.get("pack/preview.pdf", use: preview)
        meeting.get("pack/members.pdf", use: membersPDF)
        meeting.get("pack/members.html", use: membersHTML)
        meeting.post("pack/issue", use: issue)
        meeting.get("documents/:id", use: document)
    }

    /// The meeting of the path. Its body was found by `BodyMiddleware`, which keeps a body the
    /// audience may not see (and so its meetings and packs) unknown, as on the meeting page.
    func find(_ context: AppRequestContext) async throws -> (Body, Meeting, Visibility.Grant, String) {
        let (partnership, body) = try context.pathBody()
        let text = try context.parameters.require("date")
        guard let date = LocalDate(iso: text),
            let meeting = try await meetings.meeting(bodySlugOrName: body.slug, partnership: partnership.slug, date: date)
        else {
            throw DomainError.notFound("There is no such meeting.")
        }
        let path = SitePath.meeting(partnership: partnership.slug, body: body.slug, date: date).path
        let grant = Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id)
        return (body, meeting, grant, path)
    }

    static func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "inline; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A stored pack file with its ETag (the SHA-256 of the bytes); 304 when the client holds it.
    static func stored(_ file: IssuedPackFile, type: String, name: String?, request: Request, cache: String) -> Response {
        var headers = HTTPFields()
        let etag = "\"\(file.sha256)\""
        headers[.eTag] = etag
        headers[.cacheControl] = cache
        headers[.vary] = "Cookie, Authorization"
        if let match = request.headers[.ifNoneMatch], PublicCache.matches(match, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = type
        if type.hasPrefix("text/html") { headers[SecurityHeadersMiddleware.csp] = SecurityHeadersMiddleware.documentPolicy }
        if let name { headers[.contentDisposition] = "inline; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    @Sendable func publishedPDF(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (body, meeting, _, _) = try await find(context)
        guard let file = try await agendas.issuedPack(of: meeting.id, edition: .public, format: .pdf, audience: context.audience) else {
            throw DomainError.notFound("The agenda pack of this meeting has not been issued yet.")
        }
        return Self.stored(
            file, type: "application/pdf", name: "\(body.slug)-\(meeting.date.iso)-agenda-pack.pdf",
            request: request, cache: "public, no-cache")
    }

    @Sendable func publishedHTML(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, meeting, _, _) = try await find(context)
        guard let file = try await agendas.issuedPack(of: meeting.id, edition: .public, format: .html, audience: context.audience) else {
            throw DomainError.notFound("The agenda pack of this meeting has not been issued yet.")
        }
        return Self.stored(file, type: "text/html; charset=utf-8", name: nil, request: request, cache: "public, no-cache")
    }

    /// The audience's grant for the members' pack: signed in, and allowed Part 2 of this body by the
    /// one visibility rule.
    func membersGrant(_ request: Request, context: AppRequestContext) async throws -> (Body, Meeting) {
        _ = try context.requireAccount(request)
        let (body, meeting, grant, _) = try await find(context)
        guard grant.partTwo else {
            throw Visibility.membersPackRefusal(bodyName: body.name)
        }
        return (body, meeting)
    }

    /// The members' pack (Part 2 included) as stored at its latest issue; before the pack is issued
    /// (or for an issue made before members' packs were stored) it is built on request as a preview.
    @Sendable func membersPDF(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (body, meeting) = try await membersGrant(request, context: context)
        let name = "\(body.slug)-\(meeting.date.iso)-members-pack.pdf"
        if let file = try await agendas.issuedPack(of: meeting.id, edition: .members, format: .pdf, audience: context.audience) {
            return Self.stored(file, type: "application/pdf", name: name, request: request, cache: "private, no-cache")
        }
        return try await previewResponse(body, meeting, name: name, audience: context.audience)
    }

    /// The accessible HTML version of the issued members' pack.
    @Sendable func membersHTML(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, meeting) = try await membersGrant(request, context: context)
        guard let file = try await agendas.issuedPack(of: meeting.id, edition: .members, format: .html, audience: context.audience) else {
            throw DomainError.notFound("The members' pack of this meeting has not been issued yet.")
        }
        return Self.stored(file, type: "text/html; charset=utf-8", name: nil, request: request, cache: "private, no-cache")
    }

    /// The members' pack built now from the current agenda, for those who may see Part 2; dated with
    /// the pack's date of issue once it is issued.
    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (body, meeting) = try await membersGrant(request, context: context)
        return try await previewResponse(
            body, meeting, name: "\(body.slug)-\(meeting.date.iso)-members-pack.pdf",
            audience: context.audience)
    }

    func previewResponse(_ body: Body, _ meeting: Meeting, name: String, audience: Audience) async throws -> Response {
        let issued = try await agendas.packIssue(of: meeting.id)?.issuedOn
        let built = try await issuer.build(
            meetingID: meeting.id, edition: .members, issueDate: issued ?? Today.date, name: name,
            audience: audience)
        var response = Self.file(built.files.pdf, type: "application/pdf", name: name)
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    /// Issues the pack (both editions built and stored, a new version each time) and emails the
    /// members; a mail failure is recorded and shown, and never undoes the issue.
    @Sendable func issue(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, editor) = try context.requireAccount(request)
        let (body, meeting, grant, path) = try await find(context)
        guard grant.edit else { throw DomainError.forbidden("Only the secretariat can issue the pack of \(body.name).") }
        var request = request
        let reason = try await FormData.collect(from: &request, context: context).nonEmpty("reason")
        // Refused before anything is built: an approved meeting's pack is issued again only with a reason.
        if let problem = FixedAgenda.reissueProblem(status: meeting.status, reason: reason) { throw DomainError.invalid(problem) }
        _ = try await issuer.issue(
            meetingID: meeting.id, meetingPath: path, on: Today.date, stem: "\(body.slug)-\(meeting.date.iso)",
            reason: reason, by: editor, audience: context.audience, logger: context.logger)
        return Response(status: .seeOther, headers: [.location: "\(path)/agenda/edit?done=issued"])
    }
}
