import Foundation
import GRDB
import MinutebookCore
import MinutebookImport
import MinutebookStore
import MinutebookTestSupport
import Testing

/// Where the real samples are: `../shared/samples` beside the clone or beside a folder above it.
enum SampleFiles {
    static var samples: URL? {
        if let env = ProcessInfo.processInfo.environment["MINUTEBOOK_SAMPLES"] { return URL(fileURLWithPath: env) }
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("../shared/samples").standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("sbp-2018-03-26-agenda-pack.txt").path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }
}

/// Acceptance: the 19 December 2017 minutes imported from the real March 2018 agenda pack, and the
/// Matters Arising report drafted for 26 March 2018 matches the hand-made report CSD18054.
@Suite("Matters Arising on the real samples", .enabled(if: SampleFiles.samples != nil, "../shared/samples is not beside this clone"))
struct SampleMattersArisingTests {
    let secretariat = Audience.account(.init(userID: 1, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
    let clerk = ActionEditor(auditName: "test:secretariat", displayName: "Committee Secretary")

    func importDecember() async throws -> (AppDatabase, GRDBActionRepository, Int64) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-sample-ma-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let file = try #require(SampleFiles.samples).appendingPathComponent("sbp-2018-03-26-agenda-pack.txt")
        let records = try MinutesImporter().records(fromFile: file)
        let december = try #require(records.first { $0.date.iso == "2017-12-19" })
        _ = try await MeetingImportWriter(database: database).write(december, file: file.lastPathComponent)
        let repository = GRDBActionRepository(database: database)
        let body = try await repository.body(named: "Safer Bromley Partnership Strategic Group")
        // The 26 March 2018 meeting is created by the secretariat.
        var world = try database.world()
        world.meeting(of: body.id, on: "2018-03-26", start: "10:00")
        try database.plant(world, as: Actor("test:secretariat"))
        return (database, repository, body.id)
    }

    /// Actions of minutes 184, 186b and 188 were dealt with between the meetings (CSD18054 does not
    /// chase them): the secretariat records that before drafting.
    func closeSettled(_ repository: GRDBActionRepository, bodyID: Int64) async throws {
        let settled = try await repository.actionIDs(
            bodyID: bodyID, meetingDate: try #require(LocalDate(iso: "2017-12-19")),
            minutes: ["184", "186b", "188"])
        #expect(settled.count == 3)
        #expect(try await repository.changeStatus(of: settled, to: .done, note: "Dealt with before the meeting.", by: clerk) == 3)
    }

    @Test("the draft for 26 March 2018 lists exactly minutes 180, 181, 183, 186a, 187 and 189 with what was resolved")
    func draftMatchesCSD18054() async throws {
        let (database, repository, bodyID) = try await importDecember()
        try await closeSettled(repository, bodyID: bodyID)
        let matters = GRDBMattersArisingRepository(database: database)
        let date = try #require(LocalDate(iso: "2018-03-26"))
        let report = try await matters.mattersArising(bodyID: bodyID, date: date, audience: secretariat)
        #expect(report.entries.map { $0.minute?.text } == ["180", "181", "183", "186a", "187", "189"])
        #expect(report.entries.allSatisfy { $0.meetingDate?.iso == "2017-12-19" })
        let phrases = [
            "180": "mass casualty exercise", "181": "Prevent Action Plan", "183": "Community Payback Field Team",
            "186a": "Jobs Fair", "187": "motor bikes", "189": "Serious Organised Crime Advisor"
        ]
        for entry in report.entries {
            let phrase = try #require(phrases[entry.minute?.text ?? ""])
            #expect(entry.resolved.contains(phrase), "minute \(entry.minute?.text ?? ""): \(entry.resolved)")
            #expect(entry.update.hasPrefix("Awaiting update from"), "\(entry.update)")
        }
        #expect(report.entries.first { $0.minute?.text == "186a" }?.owners == ["Lucien Spencer"])
        #expect(report.entries.first { $0.minute?.text == "180" }?.resolved.contains("Victim Support is invited to participate.") == true)
    }

    @Test("with Chris Hafford's Borough Commander seat passed to Paul Warnett, minute 187's action shows the successor")
    func successionShowsInTheReport() async throws {
        let (database, repository, bodyID) = try await importDecember()
        try await closeSettled(repository, bodyID: bodyID)
        let matters = GRDBMattersArisingRepository(database: database)
        let seatRepository = GRDBSeatRepository(database: database)
        // The seat the import made from the attendance list, as `minutebook seat hand-over` finds it.
        let body = try await repository.body(named: "Safer Bromley Partnership Strategic Group")
        let seatID = try await seatRepository.seat(titled: "Borough Police Commander", bodyID: bodyID).id
        let paul = try await seatRepository.person(named: "Paul Warnett", partnershipID: body.partnershipID).id
        let forwarded = try await seatRepository.passSeat(seatID, to: paul, on: try #require(LocalDate(iso: "2018-02-19")), by: clerk)
        #expect(forwarded.count == 1)
        let report = try await matters.mattersArising(bodyID: bodyID, date: try #require(LocalDate(iso: "2018-03-26")), audience: secretariat)
        let bikes = try #require(report.entries.first { $0.minute?.text == "187" })
        #expect(bikes.owners == ["Paul Warnett"])
        #expect(bikes.update.contains("Forwarded to Paul Warnett as the former Borough Police Commander, Chris Hafford, has moved on."))
        #expect(report.entries.map { $0.minute?.text } == ["180", "181", "183", "186a", "187", "189"])
    }
}
