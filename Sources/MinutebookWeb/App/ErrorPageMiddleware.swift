import Foundation
import Hummingbird
import Logging
import MinutebookCore
import MinutebookServices

/// Turns errors into responses in one place: domain errors become 4xx with their message, HTTP errors
/// keep their status, anything else is logged in full and shown as a plain 500.
/// HTML requests get an error page in the layout; `/api` requests keep Hummingbird's JSON shape.
public struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as DomainError {
            let status: HTTPResponse.Status =
                switch error.kind {
                case .notFound: .notFound
                case .invalid: .badRequest
                case .conflict: .conflict
                case .forbidden: .forbidden
                }
            return respond(request, context: context, status: status, message: error.message)
        } catch let error as HTTPError {
            if request.uri.path.hasPrefix("/api/") { throw error }
            return respond(request, context: context, status: error.status, message: error.body ?? error.status.reasonPhrase, headers: error.headers)
        } catch let error as any HTTPResponseError {
            // A body past its limit while being read (NIO's too-many-bytes) and the like: their own status.
            return respond(
                request, context: context, status: error.status,
                message: error.status == .contentTooLarge ? "The request is larger than this page accepts." : error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            return respond(
                request, context: context, status: .internalServerError,
                message: "Something went wrong on our side. The error has been logged.")
        }
    }

    /// A plain-English heading for each status a page can answer with.
    static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "There is a problem with what was sent"
        case 401, 403: "You cannot open this page"
        case 404: "Page not found"
        case 409: "This cannot be done now"
        case 413: "The file is too big"
        case 429: "Too many attempts"
        case 500...599: "Sorry, there is a problem with the service"
        default: status.reasonPhrase
        }
    }

    private func respond(
        _ request: Request, context: Context, status: HTTPResponse.Status, message: String,
        headers: HTTPFields = [:]
    ) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            var w = HTMLWriter(capacity: 256)
            w.raw("{\"error\":{\"message\":")
            w.rawTrusted(jsonString(message))
            w.raw("}}")
            var h = headers
            h[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: w.bytes)))
        }
        // Signed in (the inner instance, after the session is read): the signed-in layout and its menu.
        let signedIn = context as? AppRequestContext
        let heading = Self.heading(status)
        let page = Layout(title: heading, signedInAs: signedIn?.signedInAs, csrfToken: signedIn?.csrfToken).render { w in
            w.element("<h1>", heading, "</h1>\n")
            w.element("<p class=\"lead\">", message, "</p>")
            if let menu = PartnershipMenu.current, signedIn?.signedInAs != nil, let first = menu.items.first {
                w.raw("<p><a href=\"")
                w.text(first.path)
                w.raw("\">Go back to ")
                w.text(menu.partnershipName)
                w.raw("</a></p>")
            } else {
                w.raw("<p><a href=\"/\">Go to the home page</a></p>")
            }
        }
        var h = headers
        h[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: page)))
    }
}

/// A JSON string literal for `value` (quotes and escapes included).
func jsonString(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
