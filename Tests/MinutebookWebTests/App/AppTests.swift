import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Builds the real app over a fresh temporary SQLite file.
func makeTestApp() throws -> (some ApplicationProtocol, AppDatabase) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-web-\(UUID().uuidString).sqlite").path
    let database = try AppDatabase(path: path)
    return (makeTestApp(configuration: AppConfiguration(passwordHashCost: 4), database: database), database)
}

/// The real router over `database`, with every HTML page it answers checked by `PageStructure`.
func makeTestApp(configuration: AppConfiguration, database: AppDatabase) -> some ApplicationProtocol {
    let router = buildRouter(configuration: configuration, database: database)
    return Application(responder: PageCheckingResponder(inner: router.buildResponder()))
}

@Suite("Application basics")
struct AppTests {
    @Test("/healthz answers ok once the database is open")
    func health() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
        }
    }

    @Test("the home page lists partnerships and their bodies, escaped")
    func home() async throws {
        let (app, database) = try makeTestApp()
        var w = TestWorld()
        let riverside = w.partnership("Riverside <Safer> Partnership", slug: "riverside", id: 1)
        w.body("Riverside Board", slug: "board", in: riverside, id: 1)
        try database.plant(w)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Riverside &lt;Safer&gt; Partnership"))
                #expect(html.contains("Riverside Board"))
                #expect(html.contains("<main id=\"main\""))
            }
        }
    }

    @Test("an unknown page is a 404 page, not a crash")
    func notFound() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
