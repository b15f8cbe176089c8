import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The signed record of a meeting: its minutes as a document (DOCX and PDF, for whoever may see the
/// minutes: the public only once approved, never Part 2), the chair's sign-off of approved minutes,
/// and the page that verifies a signature by recomputing its SHA-256.
struct RecordController {
    let scope: Scope
    let documents: MinutesDocuments
    let signatures: any MinutesSignatureRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let meeting = routes.body.group("meetings/:date")
        meeting.get("minutes.docx", use: docx)
        meeting.get("minutes.pdf", use: pdf)
        meeting.get("signature", use: showSign)
        meeting.post("signature", use: sign)
        meeting.get("signature/verify", use: verify)
    }

    private func document(_ context: AppRequestContext) async throws -> (MeetingDetail, MinutesDocument) {
        let detail = try await scope.meeting(context)
        guard !detail.minutes.isEmpty else {
            throw DomainError.notFound("There are no minutes of this meeting to download yet.")
        }
        return (detail, try await documents.document(meetingID: detail.meeting.id, audience: context.audience))
    }

    static func file(_ data: Data, type: String, name: String, isPublic: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = isPublic ? "public, no-cache" : "private, no-store"
        headers[.vary] = "Cookie, Authorization"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: Array(data))))
    }

    @Sendable func docx(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, document) = try await document(context)
        let name = MinutesDocument.stem(bodySlug: detail.body.slug, date: detail.meeting.date, draft: document.isDraft) + ".docx"
        return Self.file(try document.docx(), type: MinutesDocument.docxMediaType, name: name, isPublic: context.audience == .public)
    }

    @Sendable func pdf(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, document) = try await document(context)
        let name = MinutesDocument.stem(bodySlug: detail.body.slug, date: detail.meeting.date, draft: document.isDraft) + ".pdf"
        let data = try await document.pdf(tools: try PackTools.locate())
        return Self.file(data, type: "application/pdf", name: name, isPublic: context.audience == .public)
    }

    // MARK: Signing

    /// The meeting and who may sign, for a signed-in account that is one of the signers or the secretariat.
    private func signing(
        _ request: Request, _ context: AppRequestContext
    )
        async throws -> (MeetingDetail, [MinutesSigner], Audience.Account, Editor)
    {
        let (account, editor) = try context.requireAccount(request)
        let detail = try await scope.meeting(context)
        guard detail.meeting.status == .minutesApproved else {
            throw DomainError.conflict("These minutes are still a draft: they are signed once approved at the next meeting.")
        }
        if try await signatures.signature(meetingID: detail.meeting.id) != nil {
            throw DomainError.conflict("These minutes are already signed.")
        }
        let signers = try await signatures.signers(meetingID: detail.meeting.id)
        let isSigner = account.personID.map { id in signers.contains { $0.personID == id } } ?? false
        guard detail.grant.edit || isSigner else {
            throw DomainError.forbidden("Only the chair of the meeting that approved these minutes, or the secretariat, can record the signature.")
        }
        return (detail, signers, account, editor)
    }

    @Sendable func showSign(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, signers, account, _) = try await signing(request, context)
        let page = SignPage(detail: detail, signers: signers, ownPersonID: account.personID, csrfToken: context.csrfToken)
        return .html(
            RecordViews.layout("Sign the minutes", detail, context).render { w in
                RecordViews.sign(page, errors: FormErrors(), chosen: nil, into: &w)
            })
    }

    @Sendable func sign(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, signers, account, editor) = try await signing(request, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let page = SignPage(detail: detail, signers: signers, ownPersonID: account.personID, csrfToken: context.csrfToken)
        var errors = FormErrors()
        let chosen = form["signer"] ?? ""
        let signer = Int64(chosen).flatMap { id in signers.first { $0.personID == id } }
        if signer == nil { errors.add(SignPage.signerField(signers.first), "Choose who is signing the minutes") }
        // Someone other than the secretariat signs only as themselves.
        if let signer, !detail.grant.edit, signer.personID != account.personID {
            errors.add(SignPage.signerField(signer), "You can sign only as yourself")
        }
        if form["confirm"] != "1" { errors.add("confirm", "Confirm that these minutes were approved as a correct record") }
        guard errors.isEmpty, let signer else {
            return .html(
                RecordViews.layout("Error: Sign the minutes", detail, context).render { w in
                    RecordViews.sign(page, errors: errors, chosen: chosen, into: &w)
                }, status: .badRequest)
        }
        _ = try await signatures.sign(meetingID: detail.meeting.id, signerPersonID: signer.personID, by: editor)
        return .redirect(to: detail.path + "?saved=signed#minutes")
    }

    @Sendable func verify(_ request: Request, context: AppRequestContext) async throws -> Response {
        let detail = try await scope.meeting(context)
        guard detail.meeting.status == .minutesApproved,
            let result = try await signatures.verify(meetingID: detail.meeting.id)
        else {
            throw DomainError.notFound("The minutes of this meeting are not signed.")
        }
        return .html(
            RecordViews.layout("Verify the signed minutes", detail, context).render { w in
                RecordViews.verification(detail, result, into: &w)
            })
    }
}

/// The sign-off form: who signs (the chairs of the approving meeting), and a confirmation.
struct SignPage: Sendable {
    var detail: MeetingDetail
    var signers: [MinutesSigner]
    var ownPersonID: Int64?
    var csrfToken: String?

    static func signerField(_ signer: MinutesSigner?) -> String { "signer-\(signer?.personID ?? 0)" }
}
