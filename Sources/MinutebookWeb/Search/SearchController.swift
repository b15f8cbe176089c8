import Foundation
import Hummingbird
import MinutebookCore

/// `/search`: the public search form and results; signed in, the same search over what the user may see.
struct SearchController {
    let search: any SearchRepository
    let directory: any DirectoryRepository

    static let pageSize = 20

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/search", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = SearchForm(FormQuery(request.uri.query))
        let bodies = try await bodyChoices()
        var results: SearchResults?
        var status: HTTPResponse.Status = .ok
        if form.errors.isEmpty, let query = form.query(pageSize: SearchController.pageSize) {
            do {
                results = try await search.search(query, audience: context.audience)
            } catch let error as DomainError where error.kind == .invalid {
                status = .badRequest
                var failed = form
                failed.errors.append((field: "from", message: error.message))
                return render(form: failed, bodies: bodies, results: nil, context: context, status: status)
            }
        } else if !form.errors.isEmpty {
            status = .badRequest
        }
        return render(form: form, bodies: bodies, results: results, context: context, status: status)
    }

    private func render(
        form: SearchForm, bodies: [BodyChoice], results: SearchResults?, context: AppRequestContext,
        status: HTTPResponse.Status
    ) -> Response {
        var layout = Layout(
            title: form.text.isEmpty ? "Search" : "Search: \(form.text)",
            signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        if !form.text.isEmpty {
            layout.alternates.append(
                AlternateLink(
                    type: "application/json", title: "These results as JSON",
                    href: "/api/v1/search?" + form.queryString(page: form.page)))
        }
        let html = layout.render { w in
            SearchView(form: form, bodies: bodies, results: results, pageSize: SearchController.pageSize).write(into: &w)
        }
        var headers: HTTPFields = [:]
        // Results depend on who is asking; never let a shared cache keep a signed-in page.
        headers[.cacheControl] = context.audience == .public ? "public, max-age=60" : "private, no-store"
        return .html(html, status: status, headers: headers)
    }

    private func bodyChoices() async throws -> [BodyChoice] {
        var choices: [BodyChoice] = []
        for partnership in try await directory.partnerships() {
            for body in try await directory.bodies(of: partnership.id) where body.isPublic {
                choices.append(BodyChoice(value: "\(partnership.slug)/\(body.slug)", label: body.name, group: partnership.name))
            }
        }
        return choices
    }
}

struct BodyChoice: Sendable {
    var value: String
    var label: String
    var group: String
}

/// The search form's values as typed, with field errors.
struct SearchForm: Sendable {
    var text: String
    var body: String
    var from: String
    var to: String
    var type: String
    var page: Int
    var errors: [(field: String, message: String)] = []

    init(_ parameters: FormQuery) {
        text = String((parameters.get("q") ?? "").prefix(SearchExpression.maximumLength))
        body = parameters.get("body") ?? ""
        from = (parameters.get("from") ?? "").trimmingCharacters(in: .whitespaces)
        to = (parameters.get("to") ?? "").trimmingCharacters(in: .whitespaces)
        type = parameters.get("type") ?? ""
        page = max(1, min(Int(parameters.get("page") ?? "") ?? 1, 500))
        if !from.isEmpty && Int(from) == nil { errors.append((field: "from", message: "Enter the from year as four digits, like 2017")) }
        if !to.isEmpty && Int(to) == nil { errors.append((field: "to", message: "Enter the to year as four digits, like 2018")) }
        if !type.isEmpty && SearchKind(rawValue: type) == nil { errors.append((field: "type", message: "Choose a type from the list")) }
    }

    /// The repository query, or nil when nothing was asked.
    func query(pageSize: Int) -> SearchQuery? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let parts = body.split(separator: "/", maxSplits: 1).map(String.init)
        return SearchQuery(
            text: text,
            partnership: parts.count == 2 ? parts[0] : nil,
            body: parts.count == 2 ? parts[1] : (parts.first.flatMap { $0.isEmpty ? nil : $0 }),
            fromYear: Int(from), toYear: Int(to),
            kinds: SearchKind(rawValue: type).map { [$0] } ?? [],
            offset: (page - 1) * pageSize, limit: pageSize)
    }

    /// The query string of this search on another page.
    func queryString(page: Int) -> String {
        var pairs = [("q", text)]
        if !body.isEmpty { pairs.append(("body", body)) }
        if !from.isEmpty { pairs.append(("from", from)) }
        if !to.isEmpty { pairs.append(("to", to)) }
        if !type.isEmpty { pairs.append(("type", type)) }
        if page > 1 { pairs.append(("page", String(page))) }
        return pairs.map { "\($0.0)=\(URLQuery.encode($0.1))" }.joined(separator: "&")
    }
}

/// The query string as an HTML form submits it: `+` is a space, then percent-decoding.
/// (Hummingbird's `queryParameters` keeps `+` as is.)
struct FormQuery: Sendable {
    private var values: [(String, String)] = []

    init(_ raw: String?) {
        for pair in (raw ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) -> String in
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            values.append((decode(parts[0]), parts.count > 1 ? decode(parts[1]) : ""))
        }
    }

    /// The first value of `name`.
    func get(_ name: String) -> String? { values.first(where: { $0.0 == name })?.1 }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] { values.filter { $0.0 == name }.map(\.1) }
}

/// Percent-encoding of query values (RFC 3986 unreserved characters kept).
enum URLQuery {
    static func encode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
