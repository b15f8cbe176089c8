import Foundation
import Hummingbird
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Routes and links agree: every page (GET route) the router serves has a `SitePath` case, unless it
/// is on the short list below, and the upload routes whose body limit `BodyLimits` raises are routes.
@Suite("SitePath covers the routes")
struct SitePathRoutesTests {
    static let date = SitePath.dateParameter, id = SitePath.idParameter, s = "{x}"

    /// Every case of `SitePath`, built with stand-ins for its parameters.
    static let cases: [SitePath] = [
        .home, .login(), .logout, .account, .accountPassword, .adminUsers, .adminPartnerships,
        .partnership(s), .body(partnership: s, body: s), .meeting(partnership: s, body: s, date: date),
        .attendance(partnership: s, body: s, date: date), .minute(partnership: s, body: s, date: date, id: id),
        .startMinutes(partnership: s, body: s, date: date), .approveMinutes(partnership: s, body: s, date: date),
        .correction(partnership: s, body: s, date: date), .liveMeeting(partnership: s, body: s, date: date),
        .liveRegister(partnership: s, body: s, date: date), .liveItem(partnership: s, body: s, date: date, item: id),
        .person(partnership: s, id: id), .organisation(partnership: s, id: id), .audit(partnership: s, table: s, id: id),
        .actions(partnership: s), .mattersArising(partnership: s, body: s, date: date), .actionsByOrganisation(partnership: s),
        .minuteThread(partnership: s, minuteID: id), .settings(partnership: s), .setupBodies(partnership: s),
        .setupBody(partnership: s, id: id), .setupPeople(partnership: s), .setupPerson(partnership: s, id: id),
        .setupOrganisations(partnership: s), .setupOrganisation(partnership: s, id: id), .seats(partnership: s, body: s),
        .seat(partnership: s, body: s, id: id), .meetingChange(partnership: s, body: s, date: date), .action(partnership: s, id: id),
        .actionChange(partnership: s, id: id),
        .undoInference(partnership: s, action: id, inference: id), .closeActionsBefore(partnership: s, body: s),
        .minutesDocument(partnership: s, body: s, date: date, format: "docx"),
        .minutesDocument(partnership: s, body: s, date: date, format: "pdf"),
        .signMinutes(partnership: s, body: s, date: date), .verifyMinutes(partnership: s, body: s, date: date),
        .workspace(partnership: s), .agendaEdit(partnership: s, body: s, date: date),
        .document(partnership: s, body: s, date: date, id: id), .subGroupReport(partnership: s, id: id),
        .subGroupReportForm(partnership: s, body: s), .requestSubGroupReport(partnership: s, body: s),
        .partnershipCalendar(partnership: s), .bodyCalendar(partnership: s, body: s),
        .decisionsFeed(partnership: s, format: .atom), .decisionsFeed(partnership: s, format: .rss),
        .performance(partnership: s), .indicator(partnership: s, code: s), .performanceImport(partnership: s),
        .risks(partnership: s), .strategy(partnership: s), .directory(partnership: s), .minutesImport(partnership: s),
        .agendaItemAction(partnership: s, body: s, date: date, item: id, action: s)
    ]

    /// Addresses served without a `SitePath` case, by the start of their pattern: not pages of the
    /// site's own links (the API, described by its OpenAPI document; files; machine endpoints).
    static let notPages: [String: String] = [
        "/api/v1/": "the JSON API, named by its OpenAPI document",
        "/assets/": "the stylesheet and script, named by the layout",
        "/healthz": "the health check", "/metrics": "the Prometheus endpoint",
        "/robots.txt": "for crawlers", "/sitemap.xml": "for crawlers",
        "/open-data/csv/": "open-data files, listed by the open-data page",
        "/open-data/oparl/": "open-data files, listed by the open-data page",
        "/report-links/": "a personal link, minted with its token and emailed",
        "/updates/": "a personal link, minted with its token and emailed"
    ]

    /// Pages still named by hand-joined strings (`PerformanceController.Scope.base`, the agenda and
    /// pack views): each is to get its case, and this list is to shrink to nothing.
    static let notYetNamed: Set<String> = [
        "/admin/migrations", "/admin/migrations/{id}", "/search",
        "/p/{partnership}/bodies/{body}/agenda-template", "/p/{partnership}/bodies/{body}/forward-plan",
        "/p/{partnership}/bodies/{body}/schedule", "/p/{partnership}/bodies/{body}/seats/{seat}/hand-over",
        "/p/{partnership}/bodies/{body}/meetings/{date}/agenda/items/{item}",
        "/p/{partnership}/bodies/{body}/meetings/{date}/matters-arising.docx",
        "/p/{partnership}/bodies/{body}/meetings/{date}/pack.html", "/p/{partnership}/bodies/{body}/meetings/{date}/pack.pdf",
        "/p/{partnership}/bodies/{body}/meetings/{date}/pack/members.html",
        "/p/{partnership}/bodies/{body}/meetings/{date}/pack/members.pdf",
        "/p/{partnership}/bodies/{body}/meetings/{date}/pack/preview.pdf",
        "/p/{partnership}/directory.csv", "/p/{partnership}/directory/new", "/p/{partnership}/directory/{id}/edit",
        "/p/{partnership}/performance/actuals.csv", "/p/{partnership}/performance/indicators/{code}/edit",
        "/p/{partnership}/performance/indicators/{code}/target", "/p/{partnership}/performance/new-indicator",
        "/p/{partnership}/risks.csv", "/p/{partnership}/risks/new", "/p/{partnership}/risks/{id}/review",
        "/p/{partnership}/strategies/new", "/p/{partnership}/strategy/{id}", "/p/{partnership}/strategy/{id}/actions/new",
        "/p/{partnership}/strategy/{id}/actions/{action}", "/p/{partnership}/strategy/{id}/edit",
        "/p/{partnership}/strategy/{id}/plan.csv"
    ]

    /// A path or a route pattern with each parameter (a stand-in, or a route's `{name}`) as `*`.
    static func shape(_ path: String) -> String {
        path.replacingOccurrences(of: SitePath.dateParameter.iso, with: "*")
            .replacingOccurrences(of: String(SitePath.idParameter), with: "*")
            .replacingOccurrences(of: #"\{[^}/]+\}"#, with: "*", options: .regularExpression)
    }

    static func routes() throws -> [(method: HTTPRequest.Method, pattern: String)] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-sitepath-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let router = buildRouter(configuration: AppConfiguration(passwordHashCost: 4), database: try AppDatabase(path: path))
        return router.routes.map { (method: $0.method, pattern: $0.path.description) }
    }

    @Test("every page the router serves has a SitePath case, or is on the short named list")
    func everyPageHasACase() throws {
        let named = Set(Self.cases.map { Self.shape($0.path) })
        let pages = try Self.routes().filter { $0.method == .get }.map(\.pattern)
        #expect(pages.count > 60)
        let missing = Set(
            pages.filter { page in
                !named.contains(Self.shape(page)) && !Self.notPages.keys.contains { page.hasPrefix($0) } && !Self.notYetNamed.contains(page)
            }
        ).sorted()
        #expect(missing.isEmpty, "pages without a SitePath case: \(missing.joined(separator: "\n"))")
        // The list of pages still to name holds only pages that are served and still have no case.
        let stale = Self.notYetNamed.filter { page in !pages.contains(page) || named.contains(Self.shape(page)) }
        #expect(stale.isEmpty, "pages on the to-name list that are named or gone: \(stale.sorted())")
    }

    @Test("every SitePath case under /p/ names a route the router serves")
    func everyCaseHasARoute() throws {
        let routes = Set(try Self.routes().map { Self.shape($0.pattern) })
        let dangling = Self.cases.map { Self.shape($0.path) }.filter { $0.hasPrefix("/p/") && !routes.contains($0) }
        #expect(dangling.isEmpty, "SitePath cases with no route: \(dangling)")
    }

    @Test("the upload routes whose body limit is raised are routes of the router")
    func uploadRoutesAreRoutes() throws {
        let routes = Set(try Self.routes().filter { $0.method == .post }.map(\.pattern))
        #expect(BodyLimits.uploadRoutes.count == 3)
        #expect(BodyLimits.uploadRoutes.isSubset(of: routes), "\(BodyLimits.uploadRoutes.subtracting(routes))")
    }
}
