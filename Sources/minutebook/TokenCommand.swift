import ArgumentParser
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

/// `minutebook token add EMAIL --name NAME`: an API token for an account, printed once.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API tokens.", subcommands: [TokenAdd.self])
}

struct TokenAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Create an API token for an account and print it (it is shown only once).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The account's email address.")
    var email: String

    @Option(help: "What the token is for, e.g. the script that uses it.")
    var name = "API token"

    func run() async throws {
        let database = try global.openDatabase(mustExist: true)
        guard let user = try await GRDBUserRepository(database: database).user(email: email) else {
            throw DomainError.notFound("no account for \(email)")
        }
        let token = try await ApiTokens.issue(
            userID: user.id, name: name, repository: GRDBApiTokenRepository(database: database),
            by: .tool(Actor.cli("token add").name))
        print(token)
    }
}
