import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook forward-plan ...`: a body's forward plan (work programme) from the command line —
/// list it, propose items, schedule, defer, mark taken or drop them, and read an item's history.
struct ForwardPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forward-plan",
        abstract: "Keep a body's forward plan: list, add, schedule, defer, taken, drop, history.",
        subcommands: [List.self, Add.self, Schedule.self, Defer.self, Taken.self, Drop.self, History.self])

    static func editor(_ command: String) -> Editor { .tool(Actor.cli("forward-plan \(command)").name) }

    struct BodyOptions: ParsableArguments {
        @Option(help: "The body, by name or slug.") var body: String

        func bodyID(_ database: AppDatabase) async throws -> Int64 {
            guard let found = try await GRDBBodyRepository(database: database).body(slugOrName: body, partnership: nil) else {
                throw DomainError.notFound("no body called '\(body)'")
            }
            return found.id
        }

        /// The id of the body's meeting on `date` (YYYY-MM-DD, named by `option` in errors).
        func meetingID(_ database: AppDatabase, date: String, option: String) async throws -> Int64 {
            try await GRDBPackRepository(database: database).meetingID(body: body, date: try CLIDates.parse(date, option: option))
        }

        /// The item `id`, which must be on this body's plan.
        func item(_ database: AppDatabase, _ id: Int64) async throws -> ForwardPlanItem {
            let bodyID = try await bodyID(database)
            guard let item = try await GRDBForwardPlanRepository(database: database).item(id), item.bodyID == bodyID else {
                throw DomainError.notFound("\(body) has no forward plan item \(id)")
            }
            return item
        }

        /// The open database and its forward plan, for a command about item `id`, once the item is known to
        /// be this body's.
        func plan(of id: Int64, _ global: GlobalOptions) async throws -> (database: AppDatabase, plans: GRDBForwardPlanRepository) {
            let database = try global.openDatabase(mustExist: true)
            _ = try await item(database, id)
            return (database, GRDBForwardPlanRepository(database: database))
        }
    }

    static func line(_ item: ForwardPlanItem) -> String {
        var text = "\(item.id)\t\(item.status.rawValue)\t\(item.targetDate?.iso ?? "-")\t\(item.title)\t(proposed by \(item.proposer))"
        if item.part == .two { text += " [Part 2: \(item.exemptReason ?? "")]" }
        return text
    }

    static func json(_ item: ForwardPlanItem) -> [String: Any] {
        var object: [String: Any] = [
            "id": item.id, "title": item.title, "proposer": item.proposer, "status": item.status.rawValue,
            "part": item.part.rawValue
        ]
        object["meeting_date"] = item.targetDate?.iso ?? NSNull()
        object["lead_officer"] = item.leadOfficer ?? NSNull()
        object["exempt_reason"] = item.exemptReason ?? NSNull()
        return object
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the body's plan: open items by meeting, then taken and dropped ones (id, status, meeting, title).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let items = try await GRDBForwardPlanRepository(database: database).items(of: try await options.bodyID(database))
            if json {
                let data = try JSONSerialization.data(withJSONObject: items.map(ForwardPlanCommand.json), options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                for item in items { print(ForwardPlanCommand.line(item)) }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Propose an item (scheduled when --meeting is given); prints its id.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Option(help: "The item's title.") var title: String
        @Option(help: "Who proposed it.") var proposer: String
        @Option(help: "Lead officer.") var lead: String?
        @Option(help: "The meeting it is for, YYYY-MM-DD (it goes on that agenda).") var meeting: String?
        @Option(help: "1 (public) or 2 (exempt).") var part = 1
        @Option(help: "Why a Part 2 item is exempt.") var exemptReason: String?
        @Option(help: "Notes.") var notes: String?

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            guard let agendaPart = AgendaPart(rawValue: part) else { throw DomainError.invalid("--part must be 1 or 2") }
            let target = try await meeting.asyncMap { try await options.meetingID(database, date: $0, option: "--meeting") }
            let proposal = ForwardPlanProposal(
                title: title, proposer: proposer, leadOfficer: lead, targetMeetingID: target,
                part: agendaPart, exemptReason: exemptReason, notes: notes)
            let item = try await GRDBForwardPlanRepository(database: database).propose(
                proposal, for: try await options.bodyID(database), by: ForwardPlanCommand.editor("add"))
            print(item.id)
        }
    }

    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schedule an item for a meeting (it goes on that agenda).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Option(help: "The item's id (from list).") var item: Int64
        @Option(help: "The meeting date, YYYY-MM-DD.") var meeting: String

        func run() async throws {
            let (database, plans) = try await options.plan(of: item, global)
            try await plans.schedule(
                item, for: try await options.meetingID(database, date: meeting, option: "--meeting"),
                by: ForwardPlanCommand.editor("schedule"))
            if let moved = try await plans.item(item) { print(ForwardPlanCommand.line(moved)) }
        }
    }

    struct Defer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Defer an item to a later meeting (default: the next one scheduled); the move is kept in its history.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Option(help: "The item's id (from list).") var item: Int64
        @Option(help: "The meeting to defer it to, YYYY-MM-DD.") var to: String?
        @Option(help: "Why it is deferred.") var reason: String?

        func run() async throws {
            let (database, plans) = try await options.plan(of: item, global)
            let target = try await to.asyncMap { try await options.meetingID(database, date: $0, option: "--to") }
            try await plans.deferItem(item, to: target, reason: reason, by: ForwardPlanCommand.editor("defer"))
            if let moved = try await plans.item(item) { print(ForwardPlanCommand.line(moved)) }
        }
    }

    struct Taken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an item as taken at its meeting.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Option(help: "The item's id (from list).") var item: Int64

        func run() async throws {
            try await options.plan(of: item, global).plans.markTaken(item, by: ForwardPlanCommand.editor("taken"))
        }
    }

    struct Drop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop an item from the plan (and from any agenda not yet issued).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Option(help: "The item's id (from list).") var item: Int64
        @Option(help: "Why it is dropped.") var reason: String?

        func run() async throws {
            try await options.plan(of: item, global).plans.drop(item, reason: reason, by: ForwardPlanCommand.editor("drop"))
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print an item's history: every status change and move, oldest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: BodyOptions
        @Option(help: "The item's id (from list).") var item: Int64

        func run() async throws {
            for move in try await options.plan(of: item, global).plans.history(of: item) {
                var line = "\(move.at)\t\(move.from?.rawValue ?? "-") -> \(move.to.rawValue)"
                if move.fromDate != nil || move.toDate != nil { line += "\t\(move.fromDate?.iso ?? "-") -> \(move.toDate?.iso ?? "-")" }
                if let reason = move.reason { line += "\t\(reason)" }
                print(line)
            }
        }
    }
}

extension Optional {
    /// `map` with an async throwing transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
