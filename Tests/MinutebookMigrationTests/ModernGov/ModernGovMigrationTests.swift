import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Synchronization
import Testing

@testable import MinutebookServices

/// The migration against a small invented ModernGov site served by Hummingbird on loopback: its web
/// service, minutes as text documents, a report, a restricted report carrying a planted phrase, and
/// faults (500s, a slow answer). Every word is invented.
@Suite("Migrating from a ModernGov site")
struct ModernGovMigrationTests {
    static let secret = "GANNET-FLINT-2093"

    /// What the fake site was asked, and how many times each fault has fired.
    final class Log: Sendable {
        let requests = Mutex<[(path: String, agent: String)]>([])
        let failures = Mutex<[String: Int]>([:])

        func failFirst(_ key: String, times: Int) -> Bool {
            failures.withLock { f in
                let n = f[key, default: 0]
                if n < times { f[key] = n + 1; return true }
                return false
            }
        }
        var paths: [String] { requests.withLock { $0.map(\.path) } }
    }

    static func minutes(_ date: String, first: Int, approving previous: String?) -> String {
        """
        HARBOURSIDE SAFETY BOARD

        Minutes of the meeting held at 2.00 pm on \(date)

        Present:
        Ona Fairweather, (Harbour Master) (Chairman)
        Kit Marlow, (Port Police Inspector)

        \(first)\tMINUTES OF THE PREVIOUS MEETING\tAction
        \t\(previous.map { "RESOLVED that the minutes of the meeting held on \($0) are agreed and signed as a correct record." } ?? "None.")\t
        \(first + 1)\tQUAY LIGHTING\tAction
        \tThe Board discussed lighting on the quay.\t
        \tRESOLVED that a lighting survey is brought to the next meeting.\tKM
        \(first + 2)\tCASE REVIEW\tAction
        \tThe Board considered the exempt report.\t

        The meeting ended at 3.10 pm
        """
    }

    static func meetingXML(id: Int, date: String, first: Int) -> String {
        """
        <getmeeting><meeting><meetingid>\(id)</meetingid><committeetitle>Harbourside Safety Board</committeetitle>
        <meetingdate>\(date)</meetingdate><meetingtime>14:00</meetingtime><meetinglocation>Quay Hall</meetinglocation>
        <attendees><attendee name="Ona Fairweather" role="Chairman" attendance="Present"/>
        <attendee name="Kit Marlow" role="Committee Member" attendance="Present"/>
        <attendee name="Bram Tully" role="Committee Member" attendance="Apologies"/></attendees>
        <linkeddocuments><linkeddoc><title>Printed minutes</title><url>documents/g\(id)/Printed%20minutes.txt</url></linkeddoc></linkeddocuments>
        <agendaitems>
        <agendaitem><agendaitemnumber>\(first)</agendaitemnumber><agendaitemtitle>Minutes of the previous meeting</agendaitemtitle></agendaitem>
        <agendaitem><agendaitemnumber>\(first + 1)</agendaitemnumber><agendaitemtitle>Quay lighting</agendaitemtitle>
          <linkeddocuments><linkeddoc><title>Quay lighting report</title><url>documents/s\(id)1/Lighting.html</url></linkeddoc></linkeddocuments></agendaitem>
        <agendaitem><agendaitemnumber>\(first + 2)</agendaitemnumber><agendaitemtitle>Case review</agendaitemtitle>
          <agendaitemisrestricted>True</agendaitemisrestricted>
          <linkeddocuments><linkeddoc><title>Exempt report</title><url>documents/s\(id)9/Exempt.html</url><isrestricted>True</isrestricted></linkeddoc></linkeddocuments></agendaitem>
        </agendaitems></meeting></getmeeting>
        """
    }

    static func site(_ log: Log) -> some ApplicationProtocol {
        let router = Router()
        router.middlewares.add(LogRequests(log: log))
        router.get("mgWebService.asmx/GetCommittees") { _, _ in
            xml(
                "<committees><committee><committeeid>5</committeeid><committeetitle>Harbourside Safety Board</committeetitle></committee></committees>"
            )
        }
        router.get("mgWebService.asmx/GetMeetings") { _, _ in
            xml(
                """
                <getmeetings><committee><committeeid>5</committeeid><committeetitle>Harbourside Safety Board</committeetitle><committeemeetings>
                <meeting><meetingid>71</meetingid><meetingdate>04/11/2021</meetingdate></meeting>
                <meeting><meetingid>72</meetingid><meetingdate>03/02/2022</meetingdate></meeting></committeemeetings></committee></getmeetings>
                """)
        }
        router.get("mgWebService.asmx/GetMeeting") { request, _ in
            let id = request.uri.queryParameters.get("lMeetingId") ?? ""
            if id == "72", log.failFirst("flaky", times: 2) { return Response(status: .internalServerError) }
            return id == "71"
                ? xml(meetingXML(id: 71, date: "04/11/2021", first: 10))
                : xml(meetingXML(id: 72, date: "03/02/2022", first: 13))
        }
        router.get("documents/:folder/:name") { request, context in
            let folder = context.parameters.get("folder") ?? ""
            let body: String
            switch folder {
            case "g71": body = minutes("4 November 2021", first: 10, approving: nil)
            case "g72": body = minutes("3 February 2022", first: 13, approving: "4 November 2021")
            case "s711", "s721": body = "<html><body><h1>Quay lighting</h1><p>Lamplighters surveyed the quay (ref HSB-\(folder)).</p></body></html>"
            default: body = "<html><body><p>\(secret)</p></body></html>"
            }
            return Response(
                status: .ok, headers: [.contentType: "application/octet-stream"],
                body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    static func xml(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/xml"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    struct LogRequests<Context: RequestContext>: RouterMiddleware {
        let log: Log
        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            log.requests.withLock { $0.append((request.uri.description, request.headers[.userAgent] ?? "")) }
            return try await next(request, context)
        }
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("moderngov-\(UUID().uuidString)-\(name)")
    }

    @Test(
        "a committee's meetings arrive with attendance, items, minutes, resolutions, actions and reports; a second run changes nothing; nothing restricted is fetched"
    )
    func migrates() async throws {
        let log = Log()
        try await Self.site(log).test(.live) { client in
            let port = try #require(client.port)
            let dbPath = Self.temporary("db.sqlite")
            let database = try AppDatabase(path: dbPath.path)
            let state = Self.temporary("state.json")
            let settings = PoliteFetcher.Settings(delay: 0, timeout: 5, attempts: 4, backoff: 0)
            func run() async throws -> ModernGovMigration.Counts {
                let mg = try ModernGovClient(site: "http://127.0.0.1:\(port)", fetcher: PoliteFetcher(settings: settings))
                return try await ModernGovMigration(client: mg, database: database)
                    .run(.init(committee: "harbourside safety board", state: state))
            }
            let first = try await run()
            #expect(first.imported == 2)
            #expect(first.reports == 2)
            #expect(first.restrictedNotFetched == 2)
            #expect(first.retries == 2)

            let rows = try await database.read { db in
                (
                    try String.fetchAll(db, sql: "SELECT date || ' ' || venue || ' ' || startTime || ' ' || status FROM meeting ORDER BY date"),
                    try String.fetchAll(
                        db, sql: "SELECT a.status FROM attendance a JOIN meeting m ON m.id = a.meetingId WHERE m.date = '2021-11-04' ORDER BY a.id"),
                    try String.fetchAll(
                        db,
                        sql:
                            "SELECT number || ':' || part FROM minute WHERE meetingId = (SELECT id FROM meeting WHERE date = '2022-02-03') ORDER BY position"
                    ),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM action") ?? 0,
                    try String.fetchAll(db, sql: "SELECT title FROM document ORDER BY id"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'lamplighters'") ?? 0
                )
            }
            #expect(rows.0 == ["2021-11-04 Quay Hall 14:00 minutes_approved", "2022-02-03 Quay Hall 14:00 minutes_drafted"])
            #expect(rows.1 == ["present", "present", "apologies"])
            #expect(rows.2 == ["13:1", "14:1", "15:2"])
            #expect(rows.3 == 2)
            #expect(rows.4 == ["Quay lighting report", "Quay lighting report"])
            #expect(rows.6 == 2, "the reports' text is in the search index")

            // Nothing restricted was asked for, and its phrase is nowhere in the database.
            #expect(!log.paths.contains { $0.contains("Exempt") })
            #expect(log.requests.withLock { $0.allSatisfy { $0.agent.hasPrefix("Minutebook/") } })
            let dump = try await database.read { db in
                try String.fetchAll(db, sql: "SELECT coalesce(text, '') || coalesce(CAST(content AS TEXT), '') FROM document")
                    + String.fetchAll(db, sql: "SELECT coalesce(after, '') FROM audit")
            }
            #expect(!dump.joined().contains(Self.secret))

            // The second run finds both meetings done and changes nothing.
            let requestsBefore = log.paths.count
            let second = try await run()
            #expect(second.alreadyDone == 2)
            #expect(second.imported == 0 && second.reports == 0)
            #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 } == rows.5)
            #expect(log.paths.count - requestsBefore == 2, "committees, meetings and nothing else: \(log.paths.suffix(3))")

            // Without the state file, the store's idempotence still stores nothing twice.
            try FileManager.default.removeItem(at: state)
            let third = try await run()
            #expect(third.unchanged == 2 && third.reports == 0)
            #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 } == rows.5)
            try? FileManager.default.removeItem(at: dbPath)
            try? FileManager.default.removeItem(at: state)
        }
    }

    @Test("a request that times out or answers 500 is tried again, a 404 is not, and a site that keeps failing is named in the error")
    func retries() async throws {
        let log = Log()
        let router = Router()
        router.middlewares.add(LogRequests(log: log))
        router.get("slow") { _, _ -> Response in
            if log.failFirst("slow", times: 1) { try await Task.sleep(for: .seconds(12)) }
            return Self.xml("<ok/>")
        }
        router.get("broken") { _, _ in Response(status: .serviceUnavailable) }
        router.get("gone") { _, _ in Response(status: .notFound) }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(try #require(client.port))"
            let fetcher = PoliteFetcher(settings: .init(delay: 0, timeout: 4, attempts: 3, backoff: 0))
            let slow = try await fetcher.get(try #require(URL(string: base + "/slow")))
            #expect(slow.status == 200)
            let gone = try await fetcher.get(try #require(URL(string: base + "/gone")))
            #expect(gone.status == 404)
            await #expect(throws: PoliteFetcher.Failure.self) { try await fetcher.get(try #require(URL(string: base + "/broken"))) }
            // The stalled first request was tried again (on a loaded box a second try may also pass the
            // limit and be tried a third time: the count of /slow tries is at least two, not exactly two).
            let slowTries = log.paths.prefix { $0 == "/slow" }.count
            #expect(slowTries >= 2 && slowTries <= 3)
            #expect(Array(log.paths.dropFirst(slowTries)) == ["/gone", "/broken", "/broken", "/broken"])
            #expect(await fetcher.retries == (slowTries - 1) + 2)
        }
    }
}
