import ArgumentParser
import MinutebookCommandLine
import MinutebookStore

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.openDatabase()
    }
}
