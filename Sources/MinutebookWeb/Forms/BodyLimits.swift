import Foundation
import Hummingbird

/// How large a request body may be (issue 17, item 3). A form is small; only the routes whose forms
/// carry a file accept the upload limit, and only from a signed-in account. Past the limit the answer
/// is 413: before anything is read when `Content-Length` says so, as soon as the body passes the limit
/// otherwise. A POST to no route is answered 404 without reading its body.
public struct BodyLimits: Sendable {
    /// Every form without a file (minutes typed into the page included).
    public var form = 2 * 1024 * 1024
    /// A file upload: an agenda report, old minutes, a spreadsheet of figures.
    public var upload = 64 * 1024 * 1024
    /// How far into an upload its CSRF token must come (every form puts it first); the rest of the
    /// body is read only once the token is right.
    public var tokenWindow = 64 * 1024

    public init() {}

    /// The routes whose forms carry a file, as Hummingbird names a matched route.
    static let uploadRoutes: Set<String> = [
        SitePath.minutesImport(partnership: "{partnership}").pattern(),
        SitePath.performanceImport(partnership: "{partnership}").pattern(),
        SitePath.agendaItemAction(
            partnership: "{partnership}", body: "{body}", date: SitePath.dateParameter, item: SitePath.idParameter, action: "{action}"
        ).pattern(id: "item")
    ]

    /// The largest body `endpoint` takes from this audience.
    func limit(endpoint: String, signedIn: Bool) -> Int {
        signedIn && Self.uploadRoutes.contains(endpoint) ? upload : form
    }

    /// Whether a request to `endpoint` is read to disk rather than into memory.
    func spools(endpoint: String, signedIn: Bool) -> Bool {
        signedIn && Self.uploadRoutes.contains(endpoint)
    }

    static func tooLarge(_ limit: Int) -> HTTPError {
        HTTPError(.contentTooLarge, message: "The request is larger than this page accepts (\(limit / (1024 * 1024)) MB).")
    }

    /// 413 when the declared length is already past `limit`.
    static func checkDeclaredLength(_ request: Request, limit: Int) throws {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw tooLarge(limit)
        }
    }
}

/// A form read to a temporary file as it arrived (uploads): its text fields, and its files as views
/// of that file mapped from disk, never the body collected in memory.
public struct SpooledForm: Sendable {
    public var fields: FormData
    public var files: [MultipartFile]

    /// The file part named `name` with a file name, if the form has one.
    func file(_ name: String) -> MultipartFile? {
        files.first { $0.fieldName == name && !$0.filename.isEmpty }
    }

    /// Reads `body` to a temporary file, refusing it past `limit`. `accept` sees the fields of the first
    /// `window` bytes (or of the whole body when shorter) before anything further is read.
    static func spool(
        _ body: RequestBody, contentType: String, limit: Int, window: Int,
        accept: (FormData) throws -> Void
    ) async throws -> SpooledForm {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mb-upload-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        var head = ByteBuffer()
        var accepted = false
        var total = 0
        do {
            for try await chunk in body {
                total += chunk.readableBytes
                guard total <= limit else { throw BodyLimits.tooLarge(limit) }
                try handle.write(contentsOf: Data(chunk.readableBytesView))
                if !accepted {
                    head.writeImmutableBuffer(chunk)
                    if head.readableBytes >= window {
                        try accept(fields(of: Data(head.readableBytesView), contentType: contentType))
                        accepted = true
                        head = ByteBuffer()
                    }
                }
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        if !accepted { try accept(fields(of: Data(head.readableBytesView), contentType: contentType)) }
        // Mapped, the file's pages are the page cache's, not this process's heap; the mapping
        // outlives the file's name, which is removed on return.
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        return parse(data, contentType: contentType)
    }

    /// The whole form in `data` (multipart or URL-encoded).
    static func parse(_ data: Data, contentType: String) -> SpooledForm {
        guard contentType.hasPrefix("multipart/form-data") else {
            return SpooledForm(fields: FormData(urlEncoded: String(decoding: data, as: UTF8.self)), files: [])
        }
        var form = SpooledForm(fields: FormData(), files: [])
        for part in Multipart.parts(of: data, contentType: contentType) {
            guard let name = MultipartFile.attribute("name", in: part.header) else { continue }
            if let filename = MultipartFile.attribute("filename", in: part.header) {
                let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? filename
                form.files.append(MultipartFile(fieldName: name, filename: base, content: [UInt8](data[part.content])))
            } else {
                let value = String(decoding: data[part.content], as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
                form.fields = form.fields.adding(name, value)
            }
        }
        return form
    }

    /// Only the text fields (the CSRF check of an upload's first bytes; a part cut off keeps what came).
    static func fields(of data: Data, contentType: String) -> FormData {
        guard contentType.hasPrefix("multipart/form-data") else { return FormData(urlEncoded: String(decoding: data, as: UTF8.self)) }
        var fields = FormData()
        for part in Multipart.parts(of: data, contentType: contentType, allowingCut: true)
        where MultipartFile.attribute("filename", in: part.header) == nil {
            if let name = MultipartFile.attribute("name", in: part.header) {
                fields = fields.adding(name, String(decoding: data[part.content], as: UTF8.self))
            }
        }
        return fields
    }

    /// The form of `request` on an upload route: the spooled one, or (signed out, tests without the
    /// session middleware) the body read into memory within the route's limit.
    static func read(_ request: inout Request, context: AppRequestContext) async throws -> SpooledForm {
        if let spooled = context.spooledForm { return spooled }
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        return parse(Data(buffer.readableBytesView), contentType: request.headers[.contentType] ?? "")
    }
}

/// The parts of a `multipart/form-data` body: each part's header text and where its content lies.
enum Multipart {
    struct Part {
        var header: String
        var content: Range<Data.Index>
    }

    static func boundary(of contentType: String) -> String? {
        guard contentType.hasPrefix("multipart/form-data"), let range = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        return boundary.isEmpty ? nil : boundary
    }

    /// Parts up to the closing delimiter; with `allowingCut`, a last part cut off keeps what came.
    static func parts(of data: Data, contentType: String, allowingCut: Bool = false) -> [Part] {
        guard let boundary = boundary(of: contentType) else { return [] }
        let opening = Data("--\(boundary)".utf8)
        let delimiter = Data("\r\n--\(boundary)".utf8)
        let headEnd = Data("\r\n\r\n".utf8)
        guard let first = data.range(of: opening) else { return [] }
        var parts: [Part] = []
        var cursor = first.upperBound
        while cursor < data.endIndex {
            guard let split = data.range(of: headEnd, in: cursor..<data.endIndex) else { break }
            let header = String(decoding: data[cursor..<split.lowerBound], as: UTF8.self)
            let next = data.range(of: delimiter, in: split.upperBound..<data.endIndex)
            guard let next else {
                if allowingCut { parts.append(Part(header: header, content: split.upperBound..<data.endIndex)) }
                break
            }
            parts.append(Part(header: header, content: split.upperBound..<next.lowerBound))
            cursor = next.upperBound
            // "--" after a delimiter closes the body.
            if data[cursor...].starts(with: [0x2D, 0x2D]) { break }
        }
        return parts
    }
}
