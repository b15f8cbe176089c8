import Foundation
import Hummingbird
import MinutebookCore
import NIOCore

extension PacksController {
    /// One stored document of the meeting (an uploaded report, or any issued version of the public
    /// pack), as its meeting page lists it: only a document the meeting page shows this audience is
    /// served (the meeting detail is cut by `Visibility`), and the bytes are read through
    /// `reportContent`, which asks the same rule again. Anything else is a 404, so an unpublished or
    /// Part 2 document is not even said to exist.
    @Sendable func document(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (body, meeting, _, _) = try await find(context)
        let id = try context.parameters.require("id", as: Int64.self)
        let missing = DomainError.notFound("This meeting has no such document.")
        guard let detail = try await meetings.meetingDetail(bodyID: body.id, date: meeting.date, audience: context.audience),
            let info = detail.documents.first(where: { $0.id == id })
        else { throw missing }
        let bytes: [UInt8]
        do {
            guard let read = try await agendas.reportContent(documentID: id, audience: context.audience) else { throw missing }
            bytes = read
        } catch let error as DomainError where error.kind == .forbidden {
            throw missing
        }
        let publicCopy =
            Visibility.canSeeDocument(
                part: info.part, isPublished: info.isPublished, meetingStatus: meeting.status,
                grant: Visibility.grant(.public, bodyID: body.id, partnershipID: body.partnershipID))
            && body.isPublic
        var response = Self.stored(
            IssuedPackFile(bytes: bytes, sha256: info.sha256), type: Self.servedType(info.mediaType),
            name: Self.safeFilename(info.filename), request: request,
            cache: publicCopy ? "public, no-cache" : "private, no-cache")
        // An uploaded file is shown as a document, never run as part of the site.
        response.headers[.contentSecurityPolicy] = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    /// The stored media type, with UTF-8 named for text.
    static func servedType(_ mediaType: String) -> String {
        mediaType.hasPrefix("text/") && !mediaType.contains("charset") ? mediaType + "; charset=utf-8" : mediaType
    }

    /// The file's name for Content-Disposition: no quotes, backslashes or control characters.
    static func safeFilename(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" && $0 != ";" }
        let text = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? "document" : text
    }
}
