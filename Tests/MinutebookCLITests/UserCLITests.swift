import Foundation
import Testing

@Suite("minutebook user")
struct UserCLITests {
    @Test("user add refuses an unknown partnership with one clear line")
    func unknownPartnership() throws {
        let db = CLI.temporaryPath()
        #expect(try CLI.run(["migrate", "--database", db]).status == 0)
        let result = try CLI.run(["user", "add", "sec@example.org", "--role", "secretariat", "--partnership", "nowhere", "--database", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error: no partnership 'nowhere'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("user add makes an administrator with a generated password; list shows it; passwd reads stdin")
    func addListPasswd() throws {
        let db = CLI.temporaryPath()
        let added = try CLI.run(["user", "add", "Root@Example.org", "--role", "administrator", "--database", db])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("email: root@example.org"))
        let password = added.stdout.split(separator: "\n").first { $0.hasPrefix("password: ") }?.dropFirst(10) ?? ""
        #expect(password.count == 20)

        let again = try CLI.run(["user", "add", "root@example.org", "--role", "administrator", "--database", db])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))

        let list = try CLI.run(["user", "list", "--database", db])
        #expect(list.stdout == "root@example.org\tadministrator\t*\t-\tactive\n")

        let short = try CLI.run(["user", "passwd", "root@example.org", "--password-stdin", "--database", db], stdin: "short\n")
        #expect(short.status != 0)
        #expect(short.stderr.contains("10 characters or more"))
        let set = try CLI.run(["user", "passwd", "root@example.org", "--password-stdin", "--database", db], stdin: "a long enough secret\n")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.isEmpty)

        let badRole = try CLI.run(["user", "add", "x@example.org", "--role", "king", "--database", db])
        #expect(badRole.stderr.contains("unknown role 'king'"))
        let noPartnership = try CLI.run(["user", "add", "m@example.org", "--role", "member", "--database", db])
        #expect(noPartnership.status != 0)
        #expect(noPartnership.stderr.contains("partnership"))
    }
}
