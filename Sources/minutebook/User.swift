import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

/// `minutebook user add|list|passwd|disable|enable`: accounts, for first set-up and for scripts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create and manage the accounts that sign in to the web app.",
        subcommands: [Add.self, List.self, Passwd.self, Disable.self, Enable.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account; prints it (and the password, when generated).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The account's email address (its sign-in name).") var email: String
        @Option(help: "administrator, secretariat, member or officer.") var role: String
        @Option(help: "The partnership (slug or name); required except for administrators of every partnership.")
        var partnership: String?
        @Option(help: "The person the account belongs to (full name in the partnership's directory).") var person: String?
        @Flag(help: "Read the password from the first line of standard input instead of generating one.")
        var passwordStdin = false

        func run() async throws {
            guard let role = UserRole(rawValue: role) else {
                throw DomainError.invalid("unknown role '\(role)': use administrator, secretariat, member or officer")
            }
            let database = try global.openDatabase()
            let partnershipValue = try await resolvePartnership(partnership, database)
            var personID: Int64?
            if let person {
                guard let partnershipValue else { throw DomainError.invalid("--person needs --partnership") }
                let found = try await GRDBPeopleRepository(database: database).people(named: person, in: partnershipValue.id)
                guard found.count == 1, let match = found.first else {
                    throw DomainError.notFound(
                        found.isEmpty
                            ? "no one called '\(person)' in \(partnershipValue.name)"
                            : "more than one person called '\(person)' in \(partnershipValue.name)")
                }
                personID = match.id
            }
            let password = passwordStdin ? try readPassword() : Passwords.generate()
            let new = NewUser(email: email.lowercased(), role: role, partnershipID: partnershipValue?.id, personID: personID)
            if let problem = new.problems.first { throw DomainError.invalid(problem.message) }
            let user = try await GRDBUserRepository(database: database)
                .create(new, passwordHash: Passwords.hashSync(password), by: .tool(Actor.cli("user add").name))
            print("email: \(user.email)")
            print("role: \(user.role.rawValue)")
            print("partnership: \(partnershipValue?.slug ?? "(every partnership)")")
            if let person { print("person: \(person)") }
            if !passwordStdin { print("password: \(password)") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts (of one partnership with --partnership).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this partnership's accounts (slug or name).") var partnership: String?

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let only = try await resolvePartnership(partnership, database)
            let slugs = Dictionary(
                try await GRDBDirectoryRepository(database: database).partnerships().map { ($0.id, $0.slug) },
                uniquingKeysWith: { a, _ in a })
            let users = try await GRDBUserRepository(database: database).users(in: only?.id)
            for user in users {
                let columns = [
                    user.email, user.role.rawValue, user.partnershipID.flatMap { slugs[$0] } ?? "*",
                    user.personID.map { "person:\($0)" } ?? "-", user.isDisabled ? "disabled" : "active"
                ]
                print(columns.joined(separator: "\t"))
            }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password; prints it when generated.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The account's email address.") var email: String
        @Flag(help: "Read the password from the first line of standard input instead of generating one.")
        var passwordStdin = false

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let users = GRDBUserRepository(database: database)
            guard let user = try await users.user(email: email) else { throw DomainError.notFound("no account for \(email)") }
            let password = passwordStdin ? try readPassword() : Passwords.generate()
            try await users.changePasswordHash(of: user.id, to: Passwords.hashSync(password), by: .tool(Actor.cli("user passwd").name))
            try await GRDBSessionRepository(database: database).closeAll(userID: user.id, keeping: nil)
            if !passwordStdin { print("password: \(password)") }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop an account signing in (its sessions end now).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The account's email address.") var email: String

        func run() async throws { try await setDisabled(true, email: email, global: global) }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a disabled account sign in again.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The account's email address.") var email: String

        func run() async throws { try await setDisabled(false, email: email, global: global) }
    }
}

private func setDisabled(_ disabled: Bool, email: String, global: GlobalOptions) async throws {
    let database = try global.openDatabase(mustExist: true)
    let users = GRDBUserRepository(database: database)
    guard let user = try await users.user(email: email) else { throw DomainError.notFound("no account for \(email)") }
    try await users.setDisabled(disabled, userID: user.id, by: .tool(Actor.cli(disabled ? "user disable" : "user enable").name))
}

/// A partnership named by slug or name; nil when `reference` is nil.
private func resolvePartnership(_ reference: String?, _ database: AppDatabase) async throws -> Partnership? {
    guard let reference else { return nil }
    let all = try await GRDBDirectoryRepository(database: database).partnerships()
    guard let found = all.first(where: { $0.slug == reference || $0.name.lowercased() == reference.lowercased() }) else {
        throw DomainError.notFound(
            "no partnership '\(reference)'" + (all.isEmpty ? " (there are none yet)" : ": known are " + all.map(\.slug).joined(separator: ", ")))
    }
    return found
}

/// The first line of standard input, checked against the password rule.
private func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true) else { throw DomainError.invalid("no password on standard input") }
    if let problem = PasswordPolicy.problem(with: line) { throw DomainError.invalid(problem) }
    return line
}
