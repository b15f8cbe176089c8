import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// `/api/v1`: the public record as JSON, and what a signed-in user may see when they send their
/// session. Every route is described in `OpenAPIDocument` (tested). Anonymous answers are rendered
/// once per data version and carry an ETag; `If-None-Match` gets a 304.
struct ApiController {
    let scope: Scope
    let people: any PeopleRepository
    let search: any SearchRepository
    let cache: PublicCache

    static let prefix = "/api/v1"

    func addRoutes(to router: Router<AppRequestContext>) {
        let api = router.group("api/v1")
        let routes: [(String, @Sendable (Request, AppRequestContext) async throws -> Response)] = [
            (
                "openapi.json",
                { _, _ in
                    let bytes = try OpenAPIDocument.json()
                    return Response(
                        status: .ok, headers: [.contentType: "application/json", .cacheControl: "public, max-age=300"],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
                }
            ),
            ("partnerships", partnerships),
            ("partnerships/:partnership", partnership),
            ("partnerships/:partnership/bodies", bodies),
            ("partnerships/:partnership/bodies/:body/meetings", meetings),
            ("partnerships/:partnership/bodies/:body/meetings/:date", meeting),
            ("partnerships/:partnership/people", peopleList),
            ("partnerships/:partnership/decisions", decisions),
            ("partnerships/:partnership/actions", actions),
            ("search", searchResults)
        ]
        for (path, handler) in routes {
            api.get(RouterPath(path), use: handler)
            // The API only reads: any other method on its paths is a 405 naming the ones it takes.
            for method in Self.refusedMethods {
                api.on(RouterPath(path), method: method) { (_: Request, _: AppRequestContext) -> Response in throw ApiController.methodNotAllowed }
            }
        }
    }

    /// Meeting years search takes (`from`, `to`), as the OpenAPI description states them.
    static let years = 1900...2200
    static let refusedMethods: [HTTPRequest.Method] = [.post, .put, .patch, .delete, .trace, .options]
    static var methodNotAllowed: HTTPError {
        HTTPError(.methodNotAllowed, headers: [.allow: "GET, HEAD"], message: "This API only reads: use GET or HEAD.")
    }

    // MARK: Handlers

    @Sendable func partnerships(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) {
            let all = try await scope.directory.partnerships().map(partnershipOut)
            return try page(all, request)
        }
    }

    @Sendable func partnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) { partnershipOut(try await scope.partnership(context)) }
    }

    @Sendable func bodies(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) {
            let partnership = try await scope.partnership(context)
            let all = try await visibleBodies(partnership, context.audience)
            let names = Dictionary(all.map { ($0.id, $0.slug) }, uniquingKeysWith: { a, _ in a })
            return try page(
                all.map { body in
                    let path = SitePath.body(partnership: partnership.slug, body: body.slug).path
                    return ApiModels.BodyOut(
                        slug: body.slug, name: body.name, kind: body.kind.rawValue,
                        reportsTo: body.reportsToBodyID.flatMap { names[$0] },
                        url: path, calendar: path + "/calendar.ics")
                }, request)
        }
    }

    @Sendable func meetings(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) {
            let (partnership, body) = try await scope.body(context)
            let list = try await scope.directory.meetings(of: body.id, audience: context.audience, limit: 5_000)
            return try page(list.map { meetingOut($0, partnership: partnership, body: body) }, request)
        }
    }

    @Sendable func meeting(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) { MeetingRecord(try await scope.meeting(context)) }
    }

    @Sendable func peopleList(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) {
            let partnership = try await scope.partnership(context)
            let organisations = Dictionary(
                try await people.organisations(of: partnership.id).map { ($0.id, $0.name) },
                uniquingKeysWith: { a, _ in a })
            // Public fields only: never email or phone.
            let list = try await people.people(of: partnership.id).map {
                ApiModels.PersonOut(id: $0.id, name: $0.fullName, organisation: $0.organisationID.flatMap { organisations[$0] })
            }
            return try page(list, request)
        }
    }

    @Sendable func decisions(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) {
            let partnership = try await scope.partnership(context)
            var out: [ApiModels.DecisionOut] = []
            for detail in try await details(partnership, context.audience) {
                let url = SitePath.meeting(partnership: partnership.slug, body: detail.body.slug, date: detail.meeting.date).path
                for minute in detail.minutes {
                    for resolution in minute.resolutions {
                        out.append(
                            .init(
                                body: detail.body.name, date: detail.meeting.date.iso, minute: minute.minute.number?.text,
                                title: minute.minute.title, text: resolution.text,
                                url: url + "#" + MeetingAnchor.minute(minute.minute)))
                    }
                }
            }
            return try page(out, request)
        }
    }

    @Sendable func actions(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.audience != .public else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Cookie"], message: "sign in to see actions")
        }
        return try await answer(request, context) {
            let partnership = try await scope.partnership(context)
            var out: [ApiModels.ActionOut] = []
            for detail in try await details(partnership, context.audience) {
                for minute in detail.minutes {
                    for action in minute.actions {
                        out.append(
                            .init(
                                body: detail.body.name, date: detail.meeting.date.iso, minute: minute.minute.number?.text,
                                text: action.action.text, owners: action.owners.map(\.displayCode),
                                status: action.action.status.rawValue, due: action.action.due?.iso))
                    }
                }
            }
            return try page(out, request)
        }
    }

    @Sendable func searchResults(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await answer(request, context) {
            let form = FormQuery(request.uri.query)
            guard let text = form.get("q"), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DomainError.invalid("q is required: the words to search for")
            }
            // As the OpenAPI description says (maxLength): a longer q is refused, not cut short.
            guard text.unicodeScalars.count <= SearchExpression.maximumLength else {
                throw DomainError.invalid("q is longer than \(SearchExpression.maximumLength) characters")
            }
            var kinds: Set<SearchKind> = []
            if let type = form.get("type"), !type.isEmpty {
                guard let kind = SearchKind(rawValue: type) else {
                    throw DomainError.invalid("type must be one of minute, decision, agenda, document")
                }
                kinds = [kind]
            }
            func year(_ name: String) throws -> Int? {
                guard let value = form.get(name), !value.isEmpty else { return nil }
                guard let year = Int(value), ApiController.years.contains(year) else {
                    throw DomainError.invalid("\(name) must be a year from 1900 to 2200, such as 2018")
                }
                return year
            }
            let offset = try ApiCursor.offset(form.get("cursor"))
            let limit = try ApiCursor.limit(form.get("limit"))
            let query = SearchQuery(
                text: text,
                partnership: form.get("partnership").flatMap { $0.isEmpty ? nil : $0 },
                body: form.get("body").flatMap { $0.isEmpty ? nil : $0 },
                fromYear: try year("from"), toYear: try year("to"), kinds: kinds, offset: offset, limit: limit)
            let results = try await search.search(query, audience: context.audience)
            let items = results.hits.map { hit in
                ApiModels.SearchHitOut(
                    kind: hit.kind.rawValue, partnership: hit.partnershipSlug, body: hit.bodySlug,
                    date: hit.meetingDate.iso, number: hit.number, title: hit.title, snippet: hit.snippetText,
                    highlights: hit.snippet.filter(\.isMatch).map(\.text), url: SearchView.href(for: hit))
            }
            return ApiModels.SearchOut(
                query: query.expression.summary, total: results.total, totalIsLowerBound: results.isCapped, items: items,
                nextCursor: results.hasMore ? ApiCursor.encode(offset: offset + results.hits.count) : nil)
        }
    }

    // MARK: Helpers

    private var record: PublicRecord { PublicRecord(directory: scope.directory, meetings: scope.meetings) }

    private func visibleBodies(_ partnership: Partnership, _ audience: Audience) async throws -> [Body] {
        try await record.bodies(partnership, audience)
    }

    private func details(_ partnership: Partnership, _ audience: Audience) async throws -> [MeetingDetail] {
        try await record.details(partnership, audience)
    }

    private func partnershipOut(_ p: Partnership) -> ApiModels.PartnershipOut {
        .init(slug: p.slug, name: p.name, url: SitePath.partnership(p.slug).path, calendar: SitePath.partnershipCalendar(partnership: p.slug).path)
    }

    private func meetingOut(_ m: Meeting, partnership: Partnership, body: Body) -> ApiModels.MeetingOut {
        let tail = "/bodies/\(body.slug)/meetings/\(m.date.iso)"
        return .init(
            date: m.date.iso, start: m.start?.hhmm, end: m.end?.hhmm, venue: m.venue, status: m.status.rawValue,
            url: SitePath.meeting(partnership: partnership.slug, body: body.slug, date: m.date).path,
            api: ApiController.prefix + "/partnerships/\(partnership.slug)" + tail)
    }

    private func page<Item: Encodable & Sendable>(_ all: [Item], _ request: Request) throws -> ApiModels.Page<Item> {
        let form = FormQuery(request.uri.query)
        let offset = try ApiCursor.offset(form.get("cursor"))
        let limit = try ApiCursor.limit(form.get("limit"))
        let slice = offset < all.count ? Array(all[offset..<min(all.count, offset + limit)]) : []
        return .init(items: slice, nextCursor: offset + limit < all.count ? ApiCursor.encode(offset: offset + limit) : nil)
    }

    /// JSON for the request: cached per data version for the public, with an ETag for everyone.
    private func answer(
        _ request: Request, _ context: AppRequestContext,
        _ make: @escaping @Sendable () async throws -> any Encodable & Sendable
    ) async throws -> Response {
        let encode: @Sendable () async throws -> [UInt8] = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(try await make()))
        }
        if context.audience == .public {
            let entry = try await cache.entry(Self.cacheKey(request), contentType: "application/json", render: encode)
            return PublicCache.response(entry, request: request)
        }
        let bytes = try await encode()
        let entry = PublicCache.Entry(bytes: bytes, contentType: "application/json", etag: PublicCache.etag(bytes))
        var response = PublicCache.response(entry, request: request)
        response.headers[.cacheControl] = "private, no-cache"
        return response
    }

    /// The query parameters any API answer reads (each by its first value).
    static let queryNames = ["q", "type", "partnership", "body", "from", "to", "cursor", "limit"]

    /// The public cache's key for `request`: its path and the values of the parameters the answer reads,
    /// in a fixed order, so that other parameters, their order or repeats cannot make a new entry.
    static func cacheKey(_ request: Request) -> String {
        let form = FormQuery(request.uri.query)
        var key = "api " + request.uri.path
        for name in queryNames {
            guard let value = form.get(name) else { continue }
            key += "\n" + name + "=" + value
        }
        return key
    }
}
