import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// OCR noise is repaired only where the repair is unambiguous, each repair a warning naming its line.
@Suite("OCR noise repairs")
struct OCRNoiseTests {
    static let scan = """
        BRACKENFORD SAFER STREETS GROUP

        MINUTES OF THE MEETING HELD ON THURSDAY O6 MARCH 2O25 AT 1O.OO AM
        IN THE COUNCIL CHAMBER, BRACKENFORD TOVVN HALL

        PRESENT: Cllr Rosamund Teague (Chairman), Mr Osric Vale, Ms Ernrna Lowick

        1. APOLOGIES
        None were received.

        2. STREET LIGHTING
        The Cornrnittee heard that the ﬁrst phase of new lighting had been ﬁtted and the survey
        of the ﬂats was complete. The modern columns would turn off at rnidnight.
        RESOLVED that the second phase be funded from the Comm ittee budget.

        Ms Emma Lowick agreed to write to residents.
        """

    @Test("ligatures, vv for w, rn for m, split words and look-alike digits are repaired, each named with its line")
    func repairs() throws {
        let record = try #require(try MinutesImporter().records(fromText: Self.scan, format: .text, file: "scan.txt").first)
        #expect(record.date.iso == "2025-03-06")
        #expect(record.start?.hhmm == "10:00")
        #expect(record.venue == "Council Chamber, Brackenford Town Hall")
        #expect(record.attendance.map(\.name).contains("Emma Lowick"))
        let text = try #require(record.items.last?.text)
        #expect(text.contains("The Committee heard that the first phase"))
        #expect(text.contains("been fitted"))
        #expect(text.contains("of the flats"))
        #expect(text.contains("at midnight"))
        // Real words with "rn" stay as they are: no known word is made by reading them with "m".
        #expect(text.contains("The modern columns would turn off"))
        #expect(record.items.last?.resolutions.first?.contains("from the Committee budget") == true)
        let w = record.warnings
        #expect(w.contains("line 3: read 'O6' as '06' (OCR digits)"))
        #expect(w.contains("line 3: read '2O25' as '2025' (OCR digits)"))
        #expect(w.contains("line 4: read 'TOVVN' as 'TOWN' (OCR: vv for w)"))
        #expect(w.contains("line 6: read 'Ernrna' as 'Emma' (OCR: rn for m)"))
        #expect(w.contains("line 12: read 'Cornrnittee' as 'Committee' (OCR: rn for m)"))
        #expect(w.contains("line 12: read 'ﬁrst' as 'first' (OCR ligature)"))
        #expect(w.contains("line 14: read 'Comm ittee' as 'Committee' (OCR spacing)"))
        #expect(!w.contains { $0.contains("'modern'") || $0.contains("'turn'") })
    }

    @Test("typed minutes without OCR noise pass unchanged: no rn, spacing or digit repair is tried")
    func cleanTextUntouched() {
        let text = "The modern Cornish partnership will turn to Comm ittee work in 2024.\nRoom 1O is booked."
        #expect(OCRNoise.showsNoise("The modern Cornish partnership will turn to Comm ittee work in 2024.") == false)
        let clean = OCRNoise.repair("The modern Cornish partnership will turn to Comm ittee work in 2024.", readByOCR: false)
        #expect(clean.warnings.isEmpty)
        // Noise elsewhere in the text turns the repairs on; "savvy" keeps its double v.
        let noisy = OCRNoise.repair(text + "\nA savvy plan.", readByOCR: false)
        #expect(noisy.text.contains("Room 10 is booked"))
        #expect(noisy.text.contains("A savvy plan."))
    }
}
