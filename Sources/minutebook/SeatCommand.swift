import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook seat ...`: the seats of a body and their holders; handing a seat to a successor
/// forwards the open actions owned through it (or by the leaving holder in its capacity).
struct SeatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seat",
        abstract: "List a body's seats, add a seat with its holder, hand a seat over to a successor, change its role, vacate or end it.",
        subcommands: [ListSeats.self, AddSeat.self, HandOver.self, Role.self, Vacate.self, End.self])

    static func editor(_ command: String) -> ActionEditor {
        ActionEditor(auditName: Actor.cli("seat \(command)").name, displayName: "Secretariat")
    }

    struct ListSeats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The body's seats and who holds each since when.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The body, by name or slug.") var body: String

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let repository = GRDBActionRepository(database: database)
            let seatRepository = GRDBSeatRepository(database: database)
            let found = try await repository.body(named: body)
            for entry in try await seatRepository.seats(bodyID: found.id) {
                print("\(entry.seat.title)\t\(entry.seat.role.rawValue)\t\(entry.holderName ?? "(vacant)")\t\(entry.since?.iso ?? "")")
            }
        }
    }

    struct AddSeat: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a seat to a body with its current holder.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The body, by name or slug.") var body: String
        @Option(help: "The seat's title, e.g. 'Borough Commander'.") var title: String
        @Option(help: "chairman, vice_chairman, co_chair, member, secretariat, adviser or guest.") var role = "member"
        @Option(help: "The holder's full name.") var holder: String
        @Option(help: "Held since, YYYY-MM-DD.") var since: String

        func run() async throws {
            guard let seatRole = SeatRole(rawValue: role) else {
                throw DomainError.invalid("'\(role)' is not a seat role (\(SeatRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let day = try CLIDates.parse(since, option: "--since")
            let database = try global.openDatabase(mustExist: true)
            let repository = GRDBActionRepository(database: database)
            let seatRepository = GRDBSeatRepository(database: database)
            let found = try await repository.body(named: body)
            let person = try await seatRepository.person(named: holder, partnershipID: found.partnershipID)
            _ = try await seatRepository.addSeat(
                bodyID: found.id, title: title, role: seatRole, holderID: person.id, since: day,
                by: SeatCommand.editor("add"))
            print("\(title): \(person.name) since \(day.long)")
        }
    }

    struct HandOver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hand-over",
            abstract: "Pass a seat to a successor from a date; prints each open action forwarded to them.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The body, by name or slug.") var body: String
        @Option(help: "The seat's title.") var seat: String
        @Option(help: "The successor's full name.") var to: String
        @Option(help: "The first day the successor holds the seat, YYYY-MM-DD.") var on: String

        func run() async throws {
            let day = try CLIDates.parse(on, option: "--on")
            let database = try global.openDatabase(mustExist: true)
            let repository = GRDBActionRepository(database: database)
            let seatRepository = GRDBSeatRepository(database: database)
            let found = try await repository.body(named: body)
            let theSeat = try await seatRepository.seat(titled: seat, bodyID: found.id)
            let successor = try await seatRepository.person(named: to, partnershipID: found.partnershipID)
            let forwarded = try await seatRepository.passSeat(theSeat.id, to: successor.id, on: day, by: SeatCommand.editor("hand-over"))
            print("\(theSeat.title): \(successor.name) from \(day.long); \(forwarded.count) open action\(forwarded.count == 1 ? "" : "s") forwarded")
            for forwarding in forwarded { print("action \(forwarding.actionID)\t\(forwarding.note)") }
        }
    }
}

/// `minutebook seat role|vacate|end`: upkeep of a seat beyond adding and handing over.
extension SeatCommand {
    struct Which: ParsableArguments {
        @Option(help: "The body, by name or slug.") var body: String
        @Option(help: "The seat's title.") var seat: String
    }

    struct Role: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Change a seat's role (member, vice_chairman, chairman...).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: Which
        @Option(help: "chairman, vice_chairman, co_chair, member, secretariat, adviser or guest.") var to: String

        func run() async throws {
            guard let role = SeatRole(rawValue: to) else {
                throw DomainError.invalid("'\(to)' is not a seat role (\(SeatRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let database = try global.openDatabase(mustExist: true)
            let seat = try await SeatCommand.find(which, database)
            let changed = try await GRDBSetupRepository(database: database).changeRole(of: seat.id, to: role, by: SeatCommand.editor("role"))
            print("\(changed.title)\t\(changed.role.rawValue)")
        }
    }

    struct Vacate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "vacate", abstract: "End the holder's term on a date; the seat stays, vacant.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: Which
        @Option(help: "The holder's last day, YYYY-MM-DD.") var on: String

        func run() async throws {
            let (seat, day, setup) = try await SeatCommand.seat(which, lastDay: on, global)
            let vacated = try await setup.vacateSeat(seat.id, on: day, by: SeatCommand.editor("vacate"))
            print("\(vacated.title)\tvacant from \(day.adding(days: 1).iso)")
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end", abstract: "End a seat on a date (its holder's last day); it is no longer listed.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: Which
        @Option(help: "The last day of the seat, YYYY-MM-DD.") var on: String

        func run() async throws {
            let (seat, day, setup) = try await SeatCommand.seat(which, lastDay: on, global)
            let ended = try await setup.endSeat(seat.id, on: day, by: SeatCommand.editor("end"))
            print("\(ended.title)\tended \(day.iso)")
        }
    }

    /// What vacating and ending a seat start from: the seat `which` names, the last day given by `--on`
    /// (checked before the database is opened) and the set-up repository that makes the change.
    static func seat(
        _ which: Which, lastDay on: String, _ global: GlobalOptions
    ) async throws
        -> (seat: Seat, day: LocalDate, setup: GRDBSetupRepository)
    {
        let day = try CLIDates.parse(on, option: "--on")
        let database = try global.openDatabase(mustExist: true)
        return (try await find(which, database), day, GRDBSetupRepository(database: database))
    }

    static func find(_ which: Which, _ database: AppDatabase) async throws -> Seat {
        let repository = GRDBActionRepository(database: database)
        let seatRepository = GRDBSeatRepository(database: database)
        let found = try await repository.body(named: which.body)
        return try await seatRepository.seat(titled: which.seat, bodyID: found.id)
    }
}
