import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices

/// `minutebook export oparl --out DIR`: the public record as OParl 1.1-style JSON files.
struct ExportOParl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oparl", abstract: "Write the public record as OParl 1.1-style JSON files (public view only).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The folder to write into (created if missing).")
    var out: String

    @Option(help: "The public address of the site, used in the ids.")
    var baseURL = "http://localhost:8080"

    func run() async throws {
        let database = try global.openDatabase(mustExist: true)
        try OpenDataFiles.write(try await OpenData(repositories: .sqlite(database), base: baseURL).oparl(), to: out)
    }
}

/// `minutebook export csv --out DIR`: the public record as CSV tables.
struct ExportCSV: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv", abstract: "Write the public record as CSV files (public view only).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The folder to write into (created if missing).")
    var out: String

    func run() async throws {
        let database = try global.openDatabase(mustExist: true)
        try OpenDataFiles.write(try await OpenData(repositories: .sqlite(database), base: "http://localhost:8080").csv(), to: out)
    }
}

enum OpenDataFiles {
    static func write(_ files: [String: [UInt8]], to folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
                try Data(bytes).write(to: url.appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw DomainError.invalid("cannot write into \(folder): \(error.localizedDescription)")
        }
        print("\(files.count) files written to \(folder)")
    }
}
