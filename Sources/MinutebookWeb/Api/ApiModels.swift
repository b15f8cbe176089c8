import Foundation
import MinutebookCore

/// JSON shapes of `/api/v1`. Each one is described by the same name in `OpenAPIDocument`.
enum ApiModels {
    struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
        var items: [Item]
        var nextCursor: String?

        enum CodingKeys: String, CodingKey {
            case items
            case nextCursor = "next_cursor"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(items, forKey: .items)
            try c.encode(nextCursor, forKey: .nextCursor)
        }
    }

    struct PartnershipOut: Encodable, Sendable {
        var slug: String
        var name: String
        var url: String
        var calendar: String
    }

    struct BodyOut: Encodable, Sendable {
        var slug: String
        var name: String
        var kind: String
        var reportsTo: String?
        var url: String
        var calendar: String

        enum CodingKeys: String, CodingKey {
            case slug, name, kind, url, calendar
            case reportsTo = "reports_to"
        }
    }

    struct MeetingOut: Encodable, Sendable {
        var date: String
        var start: String?
        var end: String?
        var venue: String?
        var status: String
        var url: String
        var api: String
    }

    struct PersonOut: Encodable, Sendable {
        var id: Int64
        var name: String
        var organisation: String?
    }

    struct DecisionOut: Encodable, Sendable {
        var body: String
        var date: String
        var minute: String?
        var title: String
        var text: String
        var url: String
    }

    struct ActionOut: Encodable, Sendable {
        var body: String
        var date: String
        var minute: String?
        var text: String
        var owners: [String]
        var status: String
        var due: String?
    }

    struct SearchHitOut: Encodable, Sendable {
        var kind: String
        var partnership: String
        var body: String
        var date: String
        var number: String?
        var title: String
        var snippet: String
        var highlights: [String]
        var url: String
    }

    struct SearchOut: Encodable, Sendable {
        var query: String
        var total: Int
        /// True when the match was too broad to rank whole: `total` is then a lower bound.
        var totalIsLowerBound: Bool
        var items: [SearchHitOut]
        var nextCursor: String?

        enum CodingKeys: String, CodingKey {
            case query, total, items
            case totalIsLowerBound = "total_is_lower_bound"
            case nextCursor = "next_cursor"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(query, forKey: .query)
            try c.encode(total, forKey: .total)
            try c.encode(totalIsLowerBound, forKey: .totalIsLowerBound)
            try c.encode(items, forKey: .items)
            try c.encode(nextCursor, forKey: .nextCursor)
        }
    }
}

/// Opaque page cursors: the offset of the next page, base64url-encoded.
enum ApiCursor {
    static func encode(offset: Int) -> String {
        Data("o:\(offset)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The offset in `cursor`; nil cursor is the first page. A cursor we did not issue is a 400.
    static func offset(_ cursor: String?) throws -> Int {
        guard let cursor, !cursor.isEmpty else { return 0 }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard cursor.count <= cursorLength, cursor.allSatisfy(isCursorCharacter), let data = Data(base64Encoded: base64),
            let text = String(data: data, encoding: .utf8), text.hasPrefix("o:"),
            let offset = Int(text.dropFirst(2)), offset >= 0, offset <= 1_000_000
        else {
            throw DomainError.invalid("the cursor is not one this API issued: start again without it")
        }
        return offset
    }

    /// `limit` from the query: 1...100, default 20 when it is not given; anything else, an empty
    /// `limit=` included, is a 400 (the OpenAPI description says an integer).
    static func limit(_ text: String?) throws -> Int {
        guard let text else { return 20 }
        guard let value = Int(text), limits.contains(value) else {
            throw DomainError.invalid("limit must be a whole number from 1 to 100")
        }
        return value
    }

    /// Items per page, as the OpenAPI description states it.
    static let limits = 1...100
    static func isCursorCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") }
    /// A cursor as issued: base64url of "o:OFFSET", no padding.
    static let cursorPattern = "^[A-Za-z0-9_-]*$"
    static let cursorLength = 64
}
