import Foundation
import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded`, or the text fields of
/// `multipart/form-data`), in order, repeated names kept.
public struct FormData: Sendable {
    public private(set) var fields: [(name: String, value: String)] = []

    public init(fields: [(name: String, value: String)] = []) { self.fields = fields }

    public init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// This form with one more field.
    func adding(_ name: String, _ value: String) -> FormData {
        var form = self
        form.fields.append((name, value))
        return form
    }

    /// The first value of `name`, trimmed of surrounding whitespace; nil when absent.
    public subscript(_ name: String) -> String? {
        fields.first(where: { $0.name == name }).map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The first value of `name` exactly as sent (passwords: spaces are significant).
    public func untrimmed(_ name: String) -> String? {
        fields.first(where: { $0.name == name })?.value
    }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The trimmed value, or nil when absent or blank.
    public func nonEmpty(_ name: String) -> String? {
        guard let value = self[name], !value.isEmpty else { return nil }
        return value
    }

    /// Browsers send a textarea's line breaks as CRLF: they are kept as "\n" so that blank lines
    /// separate paragraphs however the text arrived.
    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        let decoded = spaced.removingPercentEncoding ?? spaced
        return decoded.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Reads the form from `request`, collecting its body (so later readers see the same bytes) within
    /// the route's limit; an upload already read to disk by the session middleware is not read again.
    public static func collect(from request: inout Request, context: some RequestContext) async throws -> FormData {
        if let spooled = (context as? AppRequestContext)?.spooledForm { return spooled.fields }
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let type = request.headers[.contentType] ?? ""
        if type.hasPrefix("multipart/form-data") {
            return SpooledForm.parse(Data(buffer.readableBytesView), contentType: type).fields
        }
        return FormData(urlEncoded: String(buffer: buffer))
    }
}
