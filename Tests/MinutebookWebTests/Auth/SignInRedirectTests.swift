import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// After signing in the browser goes back to `next`, but only to a path of this site as the browser
/// itself will read it: tabs, newlines, backslashes and other characters browsers normalise away
/// must not turn a path into another host.
@Suite("The sign-in redirect stays on this site")
struct SignInRedirectTests {
    static let hostile = [
        "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "//evil.example", "/\\evil.example",
        "/\\/evil.example", "\\/evil.example", "https://evil.example", "http:evil.example", " /evil", "/ /evil.example",
        "/\u{0}/evil.example", "/\u{7F}/evil.example", "/\u{200B}/evil.example", "/\u{FEFF}/evil.example",
        "javascript:alert(1)", "evil.example", ""
    ]

    @Test("hostile paths are refused and ordinary ones accepted")
    func rule() {
        for next in Self.hostile { #expect(!SitePath.isLocal(next), "\(next.debugDescription)") }
        for next in ["/", "/account", "/p/riverside/actions?status=open", "/p/riverside/bodies/board#item-3", "/search?q=a%20b"] {
            #expect(SitePath.isLocal(next), "\(next)")
        }
    }

    @Test(
        "signing in with next=/%09/evil.example lands on the account's own workspace",
        arguments: [
            "%2F%09%2Fevil.example", "%2F%5Cevil.example",
            "%2F%0A%2Fevil.example"
        ])
    func signInRedirect(_ next: String) async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            let form = try await browser.get("/login?next=\(next)")
            #expect(!form.html.contains("evil.example"))
            let decoded = next.removingPercentEncoding ?? next
            let page = try await browser.post("/login", [("email", accounts.secretariat), ("password", Fixture.password), ("next", decoded)])
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/p/riverside/work")
            let again = try await browser.get("/login?next=\(next)")
            #expect(again.headers[.location] == "/p/riverside/work")
        }
    }

    @Test("signing in without next lands a secretariat and a member on their workspace, an administrator on the home page")
    func landing() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            for (email, expected) in [
                (accounts.secretariat, "/p/riverside/work"), (accounts.boardMember, "/p/riverside/work"), (accounts.admin, "/")
            ] {
                let browser = TestBrowser(client)
                let page = try await browser.signIn(email, Fixture.password)
                #expect(page.status == .seeOther)
                #expect(page.headers[.location] == expected, "\(email)")
                let landed = try await browser.get(expected)
                #expect(landed.status == .ok, "\(email) lands on a page that opens")
            }
        }
    }
}
