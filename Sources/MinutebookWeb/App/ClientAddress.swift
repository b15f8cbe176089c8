import Foundation
import HTTPTypes
import Hummingbird

/// The client's address for throttling and logs. `X-Forwarded-For` is believed only when the peer
/// is one of the configured trusted proxies (a reverse proxy in front of the server); then the
/// address is the right-most entry that is not itself a trusted proxy. Anyone else's header is
/// ignored, so a client cannot pick the address it is counted under.
struct ClientAddress: Sendable {
    let trustedProxies: Set<String>

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func address(peer: String, forwardedFor header: String?) -> String {
        guard trustedProxies.contains(peer), let header else { return peer }
        var address = peer
        for entry in header.split(separator: ",").reversed() {
            let candidate = entry.trimmingCharacters(in: .whitespaces)
            guard Self.looksLikeAddress(candidate) else { break }
            address = candidate
            if !trustedProxies.contains(candidate) { break }
        }
        return address
    }

    /// An IPv4 or IPv6 address in text (digits, hex letters, dots, colons), nothing else.
    static func looksLikeAddress(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.count <= 45
            && text.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) || $0 == "." || $0 == ":"
            }
    }
}

/// Sets `context.remoteAddress` from `ClientAddress`, and the site's configured address, before
/// anything else reads them.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let resolver: ClientAddress
    let siteOrigin: String

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.siteOrigin = siteOrigin
        context.remoteAddress = resolver.address(peer: context.remoteAddress, forwardedFor: request.headers[ClientAddress.forwardedFor])
        return try await next(request, context)
    }
}
