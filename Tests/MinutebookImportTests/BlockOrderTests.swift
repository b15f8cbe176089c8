import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Blocks that PDF text extraction emitted bottom-up, in invented minutes (Fixtures/scrambled-*).
@Suite("Scrambled extraction")
struct BlockOrderTests {
    func only(_ name: String) throws -> MeetingRecord {
        let records = try TestFiles.importFixture(name)
        try #require(records.count == 1)
        return records[0]
    }

    func reordered(_ text: String) -> (texts: [String], warnings: [String]) {
        var warnings: [String] = []
        let lines = BlockOrder.repair(Tokenizer.lines(text, columns: .tabs)[...], warnings: &warnings)
        return (lines.filter { !$0.isBlank }.map(\.text), warnings)
    }

    @Test("table rows emitted last-first: minutes counting down in one block are read bottom-up")
    func rowsBottomUp() throws {
        let r = try only("scrambled-rows.txt")
        #expect(r.numbers == ["41", "42", "43", "44", "44a", "45"])
        #expect(r.warnings.contains { $0.contains("scrambled") && $0.contains("44a, 44, 43") })
        #expect(!r.warnings.contains { $0.contains("comes after") })
        // The row of minute 42 that came out last is back under 42, with its Action column code.
        #expect(r.owners("42") == [["OP"], ["GI"]])
        #expect(r.item("42")?.text.contains("market traders") == true)
        #expect(r.item("43")?.title == "Fire Safety Update")
        #expect(r.item("43")?.text.contains("fewer deliberate fires") == true)
        #expect(r.item("43")?.text.contains("Home safety visits had doubled") == true)
        #expect(r.item("43")?.actions.isEmpty == true)
        #expect(r.item("44")?.text.isEmpty == true)
        #expect(r.item("44a")?.resolutions == ["The youth club funding bid is supported."])
        #expect(r.owners("44a") == [["TH"]])
        #expect(r.item("44a")?.actions.first?.ownerNames == ["Tom Hale"])
    }

    @Test("a Resolution row emitted after the next heading goes back to its own minute (pdftotext -layout)")
    func resolutionAfterNextHeading() throws {
        let r = try only("scrambled-resolution.txt")
        #expect(r.numbers == ["12", "13", "14", "15"])
        #expect(r.warnings.contains { $0.contains("scrambled") && $0.contains("minute 14") })
        #expect(r.item("13")?.resolutions == ["The parks patrol pilot evaluation is noted and the pilot is extended to Elm Park."])
        #expect(r.owners("13") == [["KD"]])
        #expect(r.item("13")?.actions.first?.ownerNames == ["Kieran Doyle"])
        #expect(r.item("13")?.text.contains("bulbs") == false)
        #expect(r.item("14")?.title == "Friends of Millbrook Park Update")
        #expect(r.item("14")?.text.hasPrefix("Lena Fischer gave the update") == true)
        #expect(r.item("14")?.resolutions == ["The Friends of Millbrook Park update is noted."])
        #expect(r.owners("14").isEmpty)
    }

    @Test("a block in reading order is left alone, also when its text mentions the next minute")
    func readingOrderKept() {
        let text = """
            7\tPARKS PATROL PILOT\tAction
            \tThe pilot was described.\t

            \tThe Friends of Millbrook Park would report at the next item on the patrol pilot.\t
            8\tFRIENDS OF MILLBROOK PARK UPDATE\tAction
            \tVolunteers from the Friends of Millbrook Park had planted bulbs.\t
            """
        let (texts, warnings) = reordered(text)
        #expect(warnings.isEmpty)
        #expect(texts.first == "7 PARKS PATROL PILOT Action")
        #expect(texts[2].hasPrefix("The Friends of Millbrook Park would report"))
    }

    @Test("headings counting down are read bottom-up only when that counts up from the minute before")
    func countingDownNeedsAStart() {
        let scrambled = """
            20\tFINANCE\tAction
            \tThe budget was noted.\t

            22\tHOUSING\tAction
            \tVoids were down.\t
            21\tLICENSING\tAction
            \tTwo reviews were heard.\t
            """
        let (texts, warnings) = reordered(scrambled)
        #expect(warnings.count == 1)
        #expect(texts.suffix(4) == ["Two reviews were heard.", "21 LICENSING Action", "Voids were down.", "22 HOUSING Action"])
        // The minute before (23) is above the block: reversing would not give a counting-up order.
        let (_, none) = reordered(scrambled.replacingOccurrences(of: "20\tFINANCE", with: "23\tFINANCE"))
        #expect(none.isEmpty)
    }

    @Test("a far-off number in a counted-down block (OCR noise) is read as text and moves with its row")
    func ocrNumberMovesWithItsRow() {
        let text = """
            30\tTRANSPORT\tAction
            \tBus shelters were discussed.\t

            \tThe noise team was praised.\t
            32\tNOISE\tAction
            815\tNo update was received from the fire service on this occasion.\tAction
            31\tFIRE SERVICE UPDATE\tAction
            \tShelter repairs would follow.\t
            """
        let (texts, warnings) = reordered(text)
        #expect(warnings.count == 1)
        #expect(
            texts.suffix(5) == [
                "Shelter repairs would follow.", "31 FIRE SERVICE UPDATE Action",
                "815 No update was received from the fire service on this occasion. Action",
                "32 NOISE Action", "The noise team was praised."
            ])
    }

    @Test("text the extraction printed twice (a line inside the longer line next to it) is dropped, once")
    func repeatedText() {
        let text = """
            5\tLIGHTING\tAction
            \tThe survey was tabled for information and\t
            \tnoting.\t
            \tnoting. Members also noted the lighting survey of May.\t
            \tMembers also noted the lighting\t
            \tMembers also noted the lighting survey of May.\t
            \tSee minute.\tAB

            \tnoting. The chair thanked officers.\t
            """
        var warnings: [String] = []
        let lines = RepeatedText.repair(Tokenizer.lines(text, columns: .tabs)[...], warnings: &warnings)
        let texts = lines.filter { !$0.isBlank }.map(\.text)
        #expect(
            texts == [
                "5 LIGHTING Action", "The survey was tabled for information and",
                "noting. Members also noted the lighting survey of May.",
                "Members also noted the lighting survey of May.", "See minute. AB", "noting. The chair thanked officers."
            ])
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.contains("printed it twice") })
    }
}
