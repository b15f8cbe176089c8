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
            let status: HTTPResponse.Status = switch error.kind {
            case .notFound: .notFound
            case .invalid: .badRequest
            case .conflict: .conflict
            case .forbidden: .forbidden
            }
            return respond(request, status: status, message: error.message)
        } catch let error as HTTPError {
            if request.uri.path.hasPrefix("/api/") { throw error }
            return respond(request, status: error.status, message: error.body ?? error.status.reasonPhrase, headers: error.headers)
        } catch let error as any HTTPResponseError {
            // A body past its limit while being read (NIO's too-many-bytes) and the like: their own status.
            return respond(request, status: error.status,
                           message: error.status == .contentTooLarge ? "The request is larger than this page accepts." : error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            return respond(request, status: .internalServerError, message: "Something went wrong on our side. The error has been logged.")
        }
    }

    private func respond(_ request: Request, status: HTTPResponse.Status, message: String, headers: HTTPFields = [:]) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            var w = HTMLWriter(capacity: 256)
            w.raw("{\"error\":{\"message\":")
            w.rawTrusted(jsonString(message))
            w.raw("}}")
            var h = headers
            h[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: w.bytes)))
        }
        let page = Layout(title: status.reasonPhrase).render { w in
            w.element("<h1>", status.code == 404 ? "Page not found" : status.reasonPhrase, "</h1>\n")
            w.element("<p class=\"lead\">", message, "</p>")
            w.raw("<p><a href=\"/\">Go to the home page</a></p>")
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
