import Foundation
import HTTPTypes
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The page behind an emailed link: the owner types an update per action, without an account.
/// The link reveals only that owner's actions; it is spent by the first submission, and an
/// expired, used, revoked or altered link gets a page saying so and changes nothing.
struct UpdateRequestController {
    let requests: any UpdateRequestRepository
    let secureCookies: Bool

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/updates/:token", use: show)
        router.post("/updates/:token", use: submit)
    }

    /// The link is a secret: never cached, never sent on as a referrer.
    static var privateHeaders: HTTPFields {
        var headers: HTTPFields = [.cacheControl: "no-store"]
        if let referrer = HTTPField.Name("Referrer-Policy") { headers[referrer] = "no-referrer" }
        return headers
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        return try await page(request, context: context, token: token, values: [:], errors: FormErrors(), status: .ok)
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let token = context.parameters.get("token") ?? ""
        let form = try await FormData.collect(from: &request, context: context)
        var updates: [Int64: String] = [:]
        for field in form.fields where field.name.hasPrefix("update-") {
            if let id = Int64(field.name.dropFirst("update-".count)) { updates[id] = field.value }
        }
        do {
            let count = try await requests.submit(token: token, updates: updates)
            let html = Layout(title: "Thank you").render { w in
                w.raw("<div class=\"narrow\"><h1>Thank you</h1>\n<p class=\"lead\">")
                w.text(count == 1 ? "Your update has been recorded." : "Your \(count) updates have been recorded.")
                w.raw(
                    "</p>\n<p>The secretariat will include them in the Matters Arising report. This link has now been used and cannot be used again.</p></div>\n"
                )
            }
            return .html(html, headers: Self.privateHeaders)
        } catch let error as DomainError where error.kind == .invalid {
            var errors = FormErrors()
            errors.add(
                updates.keys.sorted().first.map { "update-\($0)" } ?? "updates", error.message.prefix(1).uppercased() + error.message.dropFirst())
            return try await page(request, context: context, token: token, values: updates, errors: errors, status: .badRequest)
        } catch let error as DomainError where error.kind == .forbidden {
            // Render the page for the link's state (used, expired...) when that is why.
            let state = try await requests.open(token: token)
            if state.refusal != nil { return refusal(state) }
            return refusalPage(title: "This update cannot be accepted", message: error.message, status: .forbidden)
        }
    }

    private func page(
        _ request: Request, context: AppRequestContext, token: String, values: [Int64: String],
        errors: FormErrors, status: HTTPResponse.Status
    ) async throws -> Response {
        let state = try await requests.open(token: token)
        guard case .valid(let name, let bodyName, let meetingDate, let actions) = state else { return refusal(state) }
        var csrf = request.cookies[Cookies.signIn]?.value ?? ""
        let isNew = !Tokens.isWellFormed(csrf)
        if isNew { csrf = Tokens.random() }
        let html = Layout(title: errors.isEmpty ? "Your actions" : "Error: Your actions").render { w in
            w.errorSummary(errors)
            w.raw("<h1>Your actions</h1>\n<p class=\"lead\">")
            w.text("\(name), the \(bodyName) meets on \(meetingDate.longWithWeekday). Please give an update on each action below.")
            w.raw("</p>\n")
            if actions.isEmpty {
                w.raw("<p>All your actions have been closed since this email was sent. There is nothing to update.</p>\n")
                return
            }
            w.raw("<form method=\"post\" novalidate>\n")
            w.hidden("csrf", csrf)
            for action in actions {
                w.raw("<section class=\"action\">\n<h2>")
                w.text("\(action.minuteLabel): \(action.title)")
                w.raw("</h2>\n<p><strong>Resolved:</strong> ")
                w.text(action.resolved)
                w.raw("</p>\n")
                if let latest = action.latestUpdate {
                    w.raw("<p><strong>Latest update:</strong> ")
                    w.text(latest)
                    w.raw("</p>\n")
                }
                w.textArea(
                    "update-\(action.actionID)", label: "Your update on \(action.minuteLabel)", value: values[action.actionID] ?? "",
                    hint: "Leave blank if you have nothing new to report.", errors: errors, rows: 4)
                w.raw("</section>\n")
            }
            w.raw("<button type=\"submit\">Send my updates</button>\n</form>\n")
            w.raw("<p class=\"hint\">This link works once: after you send your updates it cannot be used again.</p>\n")
        }
        var response = Response.html(html, status: status, headers: Self.privateHeaders)
        if isNew { response.setCookie(Cookies.make(Cookies.signIn, value: csrf, maxAge: 24 * 3600, secure: secureCookies)) }
        return response
    }

    private func refusal(_ state: UpdateRequestPage) -> Response {
        let status: HTTPResponse.Status = state == .unknown ? .notFound : .gone
        let title =
            state == .unknown
            ? "This link is not valid"
            : state == .expired
                ? "This link has expired"
                : state == .used ? "This link has already been used" : "This link has been withdrawn"
        return refusalPage(title: title, message: state.refusal ?? "", status: status)
    }

    private func refusalPage(title: String, message: String, status: HTTPResponse.Status) -> Response {
        let html = Layout(title: title).render { w in
            w.raw("<div class=\"narrow\"><h1>")
            w.text(title)
            w.raw("</h1>\n<p class=\"lead\">")
            w.text(message)
            w.raw("</p>\n<p>Nothing has been changed.</p></div>\n")
        }
        return .html(html, status: status, headers: Self.privateHeaders)
    }
}
