import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// `Authorization: Bearer <token>` on `/api/` sets the audience of the token's account, as a session
/// would. A token that is malformed, unknown or revoked is a 401, never a silent public answer.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: any ApiTokenRepository
    let users: any UserRepository

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/"), let header = request.headers[.authorization] else {
            return try await next(request, context)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "use Authorization: Bearer <token>")
        }
        let token = String(parts[1]).trimmingCharacters(in: .whitespaces)
        guard Tokens.isWellFormed(token), let user = try await tokens.user(tokenHash: Tokens.sha256Hex(token)) else {
            throw HTTPError(
                .unauthorized, headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""],
                message: "the API token is unknown or revoked")
        }
        var context = context
        var bodies: Set<Int64> = []
        if let personID = user.personID { bodies = try await users.bodiesSeated(personID: personID, on: Today.date) }
        context.audience = .account(
            .init(
                userID: user.id, role: user.role, partnershipID: user.partnershipID,
                personID: user.personID, memberOfBodyIDs: bodies))
        context.signedInAs = user.email
        return try await next(request, context)
    }
}
