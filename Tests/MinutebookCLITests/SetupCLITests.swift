import Foundation
import Testing

/// `partnership`, `body`, `person`, `organisation`, `seat role|vacate|end` and `meeting move|cancel`
/// through the built binary: each prints the record it changed; bad input is one `Error:` line and a
/// non-zero exit with nothing written.
@Suite("Set-up commands")
struct SetupCLITests {
    func run(_ arguments: [String], _ database: String) throws -> String {
        let result = try CLI.run(arguments + ["--database", database])
        try #require(result.status == 0, "minutebook \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    func refused(_ arguments: [String], _ database: String) throws -> String {
        let result = try CLI.run(arguments + ["--database", database])
        #expect(result.status != 0, "minutebook \(arguments.joined(separator: " ")) should have failed")
        #expect(result.stderr.split(separator: "\n").count == 1, "one error line: \(result.stderr)")
        return result.stderr
    }

    /// A new database with the invented Harbourside partnership.
    func harbourside() throws -> String {
        let database = CLI.temporaryPath()
        let added = try run(
            [
                "partnership", "add", "Harbourside Community Safety Partnership", "--slug", "harbourside",
                "--contact-name", "Ada Clerk", "--contact-email", "ada.clerk@harbourside.example",
                "--contact-phone", "01632 960000", "--report-reference", "HCS{yy}{nnn}", "--questions-days", "10",
                "--year-start", "04-01", "--board", "Harbourside Board"
            ], database)
        #expect(
            added.contains(
                "harbourside\tHarbourside Community Safety Partnership\tyear starts 1/4\tquestions 10 working days\treferences HCS{yy}{nnn}\tcontact Ada Clerk, 01632 960000, ada.clerk@harbourside.example"
            ))
        #expect(added.contains("harbourside-board\tHarbourside Board\tboard\tpublic"))
        return database
    }

    @Test("partnership add, edit and list; a duplicate short name is refused")
    func partnerships() throws {
        let database = try harbourside()
        let edited = try run(["partnership", "edit", "harbourside", "--questions-days", "4"], database)
        #expect(edited.contains("questions 4 working days"))
        #expect(try run(["partnership", "list"], database).split(separator: "\n").count == 1)
        let error = try refused(["partnership", "add", "Other", "--slug", "harbourside"], database)
        #expect(error == "Error: a partnership already has the short name 'harbourside'\n")
        #expect(try refused(["partnership", "edit", "harbourside", "--year-start", "13-01"], database).contains("--year-start 13-01"))
    }

    @Test("body add, edit, rename, merge and list; the old name stays findable")
    func bodies() throws {
        let database = try harbourside()
        let sub = try run(["body", "add", "Night-Time Economy Sub-Group", "--reports-to", "Harbourside Board", "--private"], database)
        #expect(sub == "night-time-economy-sub-group\tNight-Time Economy Sub-Group\tsub-group\tprivate\treports to Harbourside Board\n")
        _ = try run(["body", "add", "Harbourside Strategic Group"], database)
        let renamed = try run(["body", "rename", "Harbourside Board", "--to", "Harbourside Safety Board"], database)
        #expect(renamed.contains("Harbourside Safety Board\tboard\tpublic\tformerly Harbourside Board"))
        let merged = try run(["body", "merge", "Harbourside Strategic Group", "--into", "Harbourside Board"], database)
        #expect(merged.contains("formerly Harbourside Strategic Group; Harbourside Board"))
        let edited = try run(["body", "edit", "night-time-economy-sub-group", "--enable-public"], database)
        #expect(edited.contains("\tpublic\t"))
        let list = try run(["body", "list"], database)
        #expect(list.split(separator: "\n").count == 2)
        #expect(
            try refused(["body", "merge", "Harbourside Safety Board", "--into", "harbourside-safety-board"], database)
                == "Error: a body cannot be merged into itself\n")
        #expect(try refused(["body", "rename", "No Such Body", "--to", "X"], database).contains("no body called 'No Such Body'"))
    }

    @Test("person add, edit, merge, leave and list; organisation add, edit, merge and list")
    func people() throws {
        let database = try harbourside()
        let added = try run(
            [
                "person", "add", "Cara Oduya", "--email", "cara@police.example", "--title", "Inspector",
                "--organisation", "Harbour Police", "--on", "2022-04-01"
            ], database)
        #expect(added.hasSuffix("\tCara Oduya\tInspector\tHarbour Police\tcara@police.example\n"))
        _ = try run(["person", "add", "Cara Oduyaa", "--title", "Insp.", "--on", "2020-01-01"], database)
        _ = try run(
            [
                "seat", "add", "--body", "Harbourside Board", "--title", "Police Lead", "--role", "member",
                "--holder", "Cara Oduyaa", "--since", "2022-05-01"
            ], database)
        let merged = try run(["person", "merge", "Cara Oduyaa", "--into", "Cara Oduya"], database)
        #expect(merged.contains("Cara Oduya\tInspector\tHarbour Police\tcara@police.example\tPolice Lead (Harbourside Board)"))
        #expect(
            try refused(["person", "merge", "Cara Oduya", "--into", "Cara Oduya"], database)
                == "Error: a person cannot be merged into themselves\n")
        #expect(try refused(["person", "edit", "Cara Oduya", "--email", "cara at police"], database).contains("correct format"))
        _ = try run(["seat", "role", "--body", "Harbourside Board", "--seat", "Police Lead", "--to", "vice_chairman"], database)
        #expect(try refused(["person", "leave", "Cara Oduya", "--on", "2022-04-30"], database).contains("end that seat first"))
        let left = try run(["person", "leave", "Cara Oduya", "--on", "2024-03-31"], database)
        #expect(left.contains("\tleft 2024-03-31\t"))
        #expect(try run(["seat", "list", "--body", "Harbourside Board"], database).contains("Police Lead\tvice_chairman\t(vacant)"))
        #expect(try run(["person", "list", "--on", "2024-04-01"], database).contains("Cara Oduya"))

        _ = try run(["organisation", "add", "Harbourside Council", "--abbreviation", "HC"], database)
        _ = try run(["organisation", "add", "Harbourside Borough Council"], database)
        #expect(try refused(["organisation", "add", "harbourside council"], database).contains("already has an organisation"))
        #expect(
            try run(["organisation", "edit", "Harbourside Borough Council", "--abbreviation", "HBC"], database).hasSuffix(
                "\tHarbourside Borough Council\tHBC\n"))
        #expect(try run(["organisation", "merge", "HBC", "--into", "HC"], database).hasSuffix("\tHarbourside Council\tHC\n"))
        #expect(try run(["organisation", "list"], database).split(separator: "\n").count == 2)
    }

    @Test("seat vacate and end; ending before the holder started is refused")
    func seats() throws {
        let database = try harbourside()
        _ = try run(["person", "add", "Ivy Stone"], database)
        _ = try run(
            ["seat", "add", "--body", "Harbourside Board", "--title", "Health Lead", "--holder", "Ivy Stone", "--since", "2022-05-01"], database)
        #expect(
            try refused(["seat", "end", "--body", "Harbourside Board", "--seat", "Health Lead", "--on", "2022-04-30"], database)
                .contains("only since 1 May 2022"))
        #expect(
            try run(["seat", "vacate", "--body", "Harbourside Board", "--seat", "Health Lead", "--on", "2023-06-30"], database)
                == "Health Lead\tvacant from 2023-07-01\n")
        #expect(
            try run(["seat", "end", "--body", "Harbourside Board", "--seat", "Health Lead", "--on", "2023-06-30"], database)
                == "Health Lead\tended 2023-06-30\n")
        #expect(try run(["seat", "list", "--body", "Harbourside Board"], database).isEmpty)
    }

    @Test("meeting move and cancel print the meeting with its new sequence and the reason; moving onto another meeting is refused")
    func meetings() throws {
        let database = try harbourside()
        _ = try run(["agenda", "schedule", "--body", "Harbourside Board", "--date", "2027-03-10", "--time", "18:00"], database)
        _ = try run(["agenda", "schedule", "--body", "Harbourside Board", "--date", "2027-06-09", "--time", "18:00"], database)
        let moved = try run(
            [
                "meeting", "move", "--body", "Harbourside Board", "--date", "2027-03-10", "--to", "2027-03-24",
                "--reason", "The hall is being rewired"
            ], database)
        #expect(
            moved
                == "Harbourside Board\t2027-03-24 18:00\tscheduled\tsequence 1\tMoved from 10 March 2027 to 24 March 2027: The hall is being rewired\n"
        )
        #expect(
            try refused(["meeting", "move", "--body", "Harbourside Board", "--date", "2027-03-24", "--to", "2027-06-09"], database)
                == "Error: the body already has a meeting on 9 June 2027\n")
        #expect(try refused(["meeting", "move", "--body", "Harbourside Board", "--date", "2027-03-24"], database).contains("--to"))
        let cancelled = try run(["meeting", "cancel", "--body", "Harbourside Board", "--date", "2027-06-09", "--reason", "Not quorate"], database)
        #expect(cancelled == "Harbourside Board\t2027-06-09 18:00\tcancelled\tsequence 1\tCancelled: Not quorate\n")
        #expect(
            try refused(["meeting", "cancel", "--body", "Harbourside Board", "--date", "2027-01-01"], database).contains(
                "no meeting on 1 January 2027"))
    }
}
