import Hummingbird
import MinutebookCore
import MinutebookServices

/// The partnership menu every signed-in page carries under its header: the working pages of the
/// partnership the page is about (or the account's own), each offered only to those who can open it.
public struct PartnershipMenu: Sendable, Equatable {
    public var partnershipName: String
    public var items: [(label: String, path: String)]

    public static func == (a: PartnershipMenu, b: PartnershipMenu) -> Bool {
        a.partnershipName == b.partnershipName && a.items.map(\.path) == b.items.map(\.path)
    }

    /// The menu of the request being answered, set by `PartnershipMenuMiddleware` and read by `Layout`.
    @TaskLocal public static var current: PartnershipMenu?

    /// The working pages of `partnership` for `audience`: the public ones for everyone signed in,
    /// the secretariat's (forward plan, people, settings) only with the edit grant, the risk register
    /// only to those who may see it.
    static func make(_ partnership: Partnership, board: Body?, audience: Audience) -> PartnershipMenu {
        let p = partnership.slug
        let edit = Visibility.partnershipGrant(audience, partnershipID: partnership.id).edit
        var items: [(String, String)] = []
        let own: Bool
        if case .account(let account) = audience { own = account.partnershipID == partnership.id } else { own = false }
        if edit || own { items.append(("Your work", SitePath.workspace(partnership: p).path)) }
        items += [("Meetings", SitePath.partnership(p).path), ("Actions", SitePath.actions(partnership: p).path)]
        if edit, let board { items.append(("Forward plan", SitePath.body(partnership: p, body: board.slug).path + "/forward-plan")) }
        items.append(("Performance", SitePath.performance(partnership: p).path))
        if let board, PerformanceVisibility.canSeeRiskRegister(of: board, audience: audience) {
            items.append(("Risks", SitePath.risks(partnership: p).path))
        }
        items.append(("Strategy", SitePath.strategy(partnership: p).path))
        items.append(("Directory", SitePath.directory(partnership: p).path))
        if edit {
            items.append(("People", SitePath.setupPeople(partnership: p).path))
            items.append(("Settings", SitePath.settings(partnership: p).path))
        }
        return PartnershipMenu(partnershipName: partnership.name, items: items.map { (label: $0.0, path: $0.1) })
    }
}

/// Works out the partnership menu of a signed-in request: the partnership in the path (`/p/{slug}`)
/// when the account may work in it, else the account's own partnership.
struct PartnershipMenuMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let directory: any DirectoryRepository

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let account = context.account, !request.uri.path.hasPrefix("/api/"), request.method == .get || request.method == .post else {
            return try await next(request, context)
        }
        var partnership: Partnership?
        let segments = request.uri.path.split(separator: "/")
        if segments.count >= 2, segments[0] == "p", let found = try await directory.partnership(slug: String(segments[1])),
            account.partnershipID == nil || account.partnershipID == found.id
        {
            partnership = found
        } else if let id = account.partnershipID {
            partnership = try await directory.partnerships().first { $0.id == id }
        }
        guard let partnership else { return try await next(request, context) }
        let board = try await directory.bodies(of: partnership.id).first { $0.kind == .board }
        let menu = PartnershipMenu.make(partnership, board: board, audience: context.audience)
        return try await PartnershipMenu.$current.withValue(menu) { try await next(request, context) }
    }
}
