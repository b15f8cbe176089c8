import MinutebookCore
import MinutebookServices
import MinutebookStore

/// The demo's sign-in accounts: the board's secretariat, a board member and an officer of the
/// Riverside partnership, all with one freshly generated password printed by `minutebook demo`
/// (re-running the demo sets a new one, so the printed login always works).
enum DemoAccounts {
    static let accounts: [(email: String, role: UserRole, seat: SeatRole?)] = [
        ("secretariat@riverside.example", .secretariat, .secretariat),
        ("member@riverside.example", .member, .member),
        ("officer@riverside.example", .officer, nil)
    ]

    /// Whether every account is there: they are written last, so a demo without them was not finished.
    static func exist(in database: AppDatabase) async throws -> Bool {
        let users = GRDBUserRepository(database: database)
        for account in accounts {
            if try await users.user(email: account.email) == nil { return false }
        }
        return true
    }

    /// Creates the accounts or resets their password; returns the lines to print.
    static func ensure(in database: AppDatabase, today: LocalDate) async throws -> [String] {
        let bodies = GRDBBodyRepository(database: database)
        let users = GRDBUserRepository(database: database)
        guard let partnership = try await GRDBDirectoryRepository(database: database).partnership(slug: DemoPartnership.slug),
            let board = try await bodies.body(slugOrName: "board", partnership: DemoPartnership.slug)
        else {
            throw DomainError.notFound("the demo partnership '\(DemoPartnership.slug)' has no board")
        }
        let seats = try await bodies.seats(of: board.id, on: today, audience: .system)
        let subGroups = try await bodies.subGroups(of: board.id)
        // The officer is a sub-group's secretary: signed in, but not sitting on the board.
        var officer: Person?
        if let first = subGroups.first {
            officer = try await bodies.seats(of: first.id, on: today, audience: .system)
                .first { $0.seat.role == .secretariat }?.holder
        }
        let password = Passwords.generate()
        let hash = Passwords.hashSync(password)
        let editor = Editor.tool(Actor.demo.name)
        var lines: [String] = []
        for account in accounts {
            let person = account.seat.map { role in seats.first { $0.seat.role == role && $0.holder != nil }?.holder } ?? officer
            if let existing = try await users.user(email: account.email) {
                try await users.changePasswordHash(of: existing.id, to: hash, by: editor)
            } else {
                _ = try await users.create(
                    NewUser(
                        email: account.email, role: account.role, partnershipID: partnership.id,
                        personID: person?.id),
                    passwordHash: hash, by: editor)
            }
            lines.append("  \(account.email) (\(account.role.rawValue)\(person.map { ", \($0.fullName)" } ?? ""))")
        }
        return ["Sign in as one of:"] + lines + ["  password: \(password)"]
    }
}
