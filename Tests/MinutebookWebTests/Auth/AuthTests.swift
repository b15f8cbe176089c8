import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Signing in and out")
struct AuthTests {
    @Test("the right password signs in with a secure session cookie and shows the account")
    func signIn() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            let page = try await browser.signIn(accounts.secretariat, Fixture.password)
            #expect(page.status == .seeOther)
            let setCookie = page.headers[values: .setCookie].first { $0.hasPrefix("mb_session=") } ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            #expect(!setCookie.contains("Secure"))
            let account = try await browser.get("/account")
            #expect(account.status == .ok)
            #expect(account.html.contains(accounts.secretariat))
            #expect(account.html.contains("Sign out"))
        }
        // Only the hash of the token is stored.
        let stored = try await database.read { db in try String.fetchOne(db, sql: "SELECT tokenHash FROM session") }
        #expect(stored?.count == 64)
    }

    @Test("a wrong password is refused with a message and no session")
    func wrongPassword() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            let page = try await browser.signIn(accounts.secretariat, "not the password")
            #expect(page.status == .unauthorized)
            #expect(page.html.contains("There is a problem"))
            #expect(page.html.contains("The email address or password is not right"))
            #expect(page.html.contains("href=\"#email\""))
            #expect(browser.cookies["mb_session"] == nil)
            let account = try await browser.get("/account")
            #expect(account.status == .seeOther)
            #expect(account.headers[.location] == "/login?next=/account")
        }
    }

    @Test("an empty form is a 400 naming both fields, the email kept")
    func emptyForm() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            _ = try await browser.get("/login")
            let page = try await browser.post("/login", [("email", ""), ("password", "")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#email\""))
            #expect(page.html.contains("href=\"#password\""))
        }
    }

    @Test("after five failures the account's next try waits a few seconds, even with the right password")
    func throttling() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            for _ in 0..<SignInThrottle().freeFailures {
                let page = try await browser.signIn(accounts.boardMember, "guess guess guess")
                #expect(page.status == .unauthorized)
            }
            let locked = try await browser.signIn(accounts.boardMember, Fixture.password)
            #expect(locked.status == .tooManyRequests)
            let wait = Int(locked.headers[.retryAfter] ?? "") ?? 0
            #expect((1...SignInThrottle().baseDelaySeconds).contains(wait))
            #expect(locked.html.contains("Too many failed attempts"))
            #expect(browser.cookies["mb_session"] == nil)
            // Another account from the same address is not affected.
            let other = try await browser.signIn(accounts.secretariat, Fixture.password)
            #expect(other.status == .seeOther)
        }
    }

    @Test("a form posted without the right CSRF token is refused with 403 and changes nothing")
    func csrf() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            // Sign-in itself needs the cookie's token.
            _ = try await browser.get("/login")
            let forged = try await browser.post("/login", [("email", accounts.admin), ("password", Fixture.password)], csrf: "0000")
            #expect(forged.status == .forbidden)
            try await browser.signIn(accounts.admin, Fixture.password)
            _ = try await browser.get("/admin/users")
            let missing = try await browser.post(
                "/admin/users", [("email", "new@example.org"), ("role", "member"), ("partnership", "riverside")], omitCSRF: true)
            #expect(missing.status == .forbidden)
            #expect(missing.html.contains("security token"))
            let wrong = try await browser.post(
                "/admin/users", [("email", "new@example.org"), ("role", "member"), ("partnership", "riverside")],
                csrf: String(repeating: "a", count: 64))
            #expect(wrong.status == .forbidden)
        }
        let count = try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM user WHERE email = 'new@example.org'") }
        #expect(count == 0)
    }

    @Test("signing out ends the session on the server")
    func signOut() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            try await browser.signIn(accounts.officer, Fixture.password)
            let stolen = browser.cookies["mb_session"]
            _ = try await browser.get("/account")
            let out = try await browser.post("/logout", [])
            #expect(out.status == .seeOther)
            #expect(browser.cookies["mb_session"] == nil)
            browser.cookies["mb_session"] = stolen
            let after = try await browser.get("/account")
            #expect(after.status == .seeOther)
        }
    }

    @Test("a password change needs the current password and signs other sessions out")
    func passwordChange() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let first = TestBrowser(client), second = TestBrowser(client)
            try await first.signIn(accounts.boardMember, Fixture.password)
            try await second.signIn(accounts.boardMember, Fixture.password)
            _ = try await first.get("/account/password")
            let bad = try await first.post("/account/password", [("current", "wrong one here"), ("new", "short"), ("confirm", "short")])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("href=\"#new\""))
            let wrongCurrent = try await first.post(
                "/account/password",
                [("current", "wrong one here"), ("new", "a much longer secret"), ("confirm", "a much longer secret")])
            #expect(wrongCurrent.status == .badRequest)
            #expect(wrongCurrent.html.contains("Your current password is not right"))
            let good = try await first.post(
                "/account/password",
                [("current", Fixture.password), ("new", "a much longer secret"), ("confirm", "a much longer secret")])
            #expect(good.status == .seeOther)
            #expect(try await first.get("/account").status == .ok)
            #expect(try await second.get("/account").status == .seeOther)
            let third = TestBrowser(client)
            #expect(try await third.signIn(accounts.boardMember, "a much longer secret").status == .seeOther)
        }
        // The change is audited under the account that made it.
        let actor = try await database.read { db in
            try String.fetchOne(db, sql: "SELECT actor FROM audit WHERE tableName = 'user' AND operation = 'update' ORDER BY id DESC")
        }
        #expect(actor?.hasPrefix("user:") == true)
    }

    @Test("an administrator adds an account in the app; others may not")
    func administratorAddsAccount() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            #expect(try await secretary.get("/admin/users").status == .forbidden)

            let admin = TestBrowser(client)
            try await admin.signIn(accounts.admin, Fixture.password)
            let list = try await admin.get("/admin/users")
            #expect(list.status == .ok)
            #expect(list.html.contains(accounts.officer))
            let bad = try await admin.post(
                "/admin/users", [("email", "not-an-email"), ("role", ""), ("partnership", "riverside"), ("person", "Nobody Known")])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("href=\"#email\""))
            #expect(bad.html.contains("href=\"#role\""))
            #expect(bad.html.contains("href=\"#person\""))
            #expect(bad.html.contains("value=\"not-an-email\""))
            let made = try await admin.post(
                "/admin/users",
                [
                    ("email", "New.Member@Riverside.example"), ("role", "member"),
                    ("partnership", "riverside"), ("person", "cato penwright")
                ])
            #expect(made.status == .created)
            #expect(made.html.contains("new.member@riverside.example"))
            #expect(made.html.contains("This password is shown once"))
        }
        let user = try await GRDBUserRepository(database: database).user(email: "new.member@riverside.example")
        #expect(user?.personID == 3)
        #expect(user?.role == .member)
    }
}
