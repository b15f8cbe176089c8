import Hummingbird
import HummingbirdTesting
import Testing

@testable import MinutebookWeb

/// Error pages speak to who asked: a signed-in officer who follows a dead link stays in the signed-in
/// layout (their menu, "Sign out", a way back to their partnership); the public gets the public layout.
@Suite("Error pages")
struct ErrorPagesTests {
    @Test("a signed-in page that is not found keeps the signed-in layout, a plain-English heading and a way back")
    func signedInNotFound() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            let page = try await clerk.get("/p/riverside/bodies/board/meetings/2031-02-30")
            #expect(page.status == .notFound)
            #expect(page.html.contains("<h1>Page not found</h1>"))
            #expect(page.html.contains("Sign out"))
            #expect(page.html.contains("Go back to Riverside Safer Partnership"))

            let forbidden = try await clerk.get("/admin/partnerships")
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.html.contains("<h1>You cannot open this page</h1>"))
            #expect(forbidden.html.contains("Sign out"))
        }
    }

    @Test("the public's error page has the public layout and no sign-out")
    func publicNotFound() async throws {
        let (app, database) = try makeTestApp()
        _ = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let page = try await TestBrowser(client).get("/p/riverside/bodies/board/meetings/2031-02-30")
            #expect(page.status == .notFound)
            #expect(page.html.contains("<h1>Page not found</h1>"))
            #expect(!page.html.contains("Sign out"))
            #expect(page.html.contains("Go to the home page"))
        }
    }
}
