import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookImport
import MinutebookStore

/// `minutebook performance ...`: indicator figures from the command line.
struct PerformanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "performance",
        abstract: "Performance reporting: indicators, targets, figures, and sub-group report links.",
        subcommands: [ImportActuals.self, ExportActuals.self, DefineIndicator.self, SetTarget.self, RequestReport.self]
    )

    struct ImportActuals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-actuals",
            abstract:
                "Import indicator actuals from CSV or XLSX (columns indicator,period,area_type,area,value,note). A bad row refuses the whole file."
        )

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The partnership, by slug.") var partnership: String
        @Argument(help: "The CSV or .xlsx file.") var file: String

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            guard let p = try await GRDBDirectoryRepository(database: database).partnership(slug: partnership) else {
                throw DomainError.notFound("there is no partnership '\(partnership)'")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DomainError.notFound("cannot read \(file)")
            }
            let name = (file as NSString).lastPathComponent
            let records: [ActualsCSV.Record]
            if XLSXSheetReader.isXLSX(data) {
                records = try XLSXSheetReader.records(data, file: name)
            } else {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw DomainError.invalid("\(file) is neither an Excel workbook nor UTF-8 text; save it as CSV UTF-8 or .xlsx")
                }
                records = try ActualsCSV.records(of: text)
            }
            let count = try await GRDBIndicatorRepository(database: database)
                .importActuals(records: records, partnershipID: p.id, by: .tool(Actor.importer(file: name).name))
            print("Imported \(count) figure\(count == 1 ? "" : "s") from \(name)")
        }
    }

    struct ExportActuals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-actuals",
            abstract: "Print every indicator figure of a partnership as CSV, in the import's format."
        )

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The partnership, by slug.") var partnership: String

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            guard let p = try await GRDBDirectoryRepository(database: database).partnership(slug: partnership) else {
                throw DomainError.notFound("there is no partnership '\(partnership)'")
            }
            let repo = GRDBIndicatorRepository(database: database)
            let indicators = try await repo.indicators(of: p.id, audience: .system)
            var actuals: [Actual] = []
            for indicator in indicators { actuals += try await repo.actuals(of: indicator.id) }
            print(ActualsCSV.export(actuals, indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.id, $0) })), terminator: "")
        }
    }
}
