import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// The record holds each decision once: in `resolutions`, out of the narrative `text`, with its place
/// (`resolution_places`); post-meeting notes likewise only in `post_meeting_notes` (issue 20).
@Suite("A resolution is kept once, at its place")
struct ResolutionOnceTests {
    static let samples = [
        "sbp-2017-10-16-minutes.txt", "sbp-2018-03-26-agenda-pack.txt", "sbp-2018-09-06-minutes.txt",
        "sbp-2018-11-29-agenda-pack.md", "sbp-2024-02-29-agenda-pack.txt"
    ]

    func records(_ name: String) throws -> [MeetingRecord] {
        try MinutesImporter().records(fromFile: try #require(TestFiles.sample(name)))
    }

    @Test(
        "in the five real samples no resolution or post-meeting note is repeated in the narrative", .enabled(if: TestFiles.hasSamples),
        arguments: samples)
    func samplesKeepDecisionsOnce(_ name: String) throws {
        var decisions = 0
        for record in try records(name) {
            for item in record.items {
                #expect(item.resolutionPlaces.count == item.resolutions.count, "\(name) minute \(item.number ?? item.title)")
                let paragraphs = MinuteLayout.paragraphs(item.text).count
                #expect(item.resolutionPlaces.allSatisfy { $0 >= 0 && $0 <= paragraphs })
                for resolution in item.resolutions {
                    decisions += 1
                    #expect(
                        !item.text.contains(String(resolution.dropFirst().prefix(40))),
                        "\(name) minute \(item.number ?? item.title) repeats: \(resolution)")
                }
                for note in item.postMeetingNotes {
                    #expect(!item.text.contains(String(note.prefix(40))), "\(name) minute \(item.number ?? item.title) repeats its note")
                }
                #expect(!item.text.contains("RESOLVED that"), "\(name) minute \(item.number ?? item.title)")
            }
        }
        #expect(decisions > 0)
    }

    @Test("minute 180 of 19 December 2017: the narrative without the decisions, the two decisions after it", .enabled(if: TestFiles.hasSamples))
    func december180() throws {
        let r = try #require(try records("sbp-2018-03-26-agenda-pack.txt").first)
        let item = try #require(r.item("180"))
        #expect(item.text.hasSuffix("Joanna Davidson requested that Victim Support be involved."))
        #expect(item.resolutionPlaces == [MinuteLayout.paragraphs(item.text).count, MinuteLayout.paragraphs(item.text).count])
        #expect(item.actions.first?.owners == ["LG", "TG"])
    }

    @Test("a decision in mid-minute keeps its place; the sentence before an inline lead-in stays narrative; a note is held once")
    func placesInAnInventedMinute() throws {
        let text = """
            Hollowmere Community Safety Board

            Minutes of the meeting held on 4 March 2025 at 10.00 am

            Present: Wren Talbot (Chairman), Ossian Pell

            12   LANTERN STREET PATROLS

            Ms Talbot described the patrol rota for Lantern Street.

            RESOLVED that the rota be extended to Sundays.

            Mr Pell would write to the residents' association.

            13   KESTREL PARK

            The Board heard about the new gates. RESOLVED that the gates be locked at dusk.

            Post-meeting note: the gates were fitted on 10 March.

            14   GRANTS

            RESOLVED that:

            (1) the grant to the youth club be renewed;

            (2) the grant panel meet in May.

            The meeting ended at 11.15 am
            """
        let records = try MinutesImporter().records(fromText: text, format: .text, file: "hollowmere.txt")
        let r = try #require(records.first)
        let patrols = try #require(r.item("12"))
        #expect(patrols.text == "Ms Talbot described the patrol rota for Lantern Street.\n\nMr Pell would write to the residents' association.")
        #expect(patrols.resolutions == ["The rota be extended to Sundays."])
        #expect(patrols.resolutionPlaces == [1])
        #expect(
            MinuteLayout.blocks(text: patrols.text, decisions: [(patrols.resolutions[0], patrols.resolutionPlaces[0])])
                == [
                    .paragraph("Ms Talbot described the patrol rota for Lantern Street."), .resolutions(["The rota be extended to Sundays."]),
                    .paragraph("Mr Pell would write to the residents' association.")
                ])
        let park = try #require(r.item("13"))
        #expect(park.text == "The Board heard about the new gates.")
        #expect(park.resolutions == ["The gates be locked at dusk."])
        #expect(park.postMeetingNotes == ["the gates were fitted on 10 March."])
        let grants = try #require(r.item("14"))
        #expect(grants.text.isEmpty)
        #expect(grants.resolutions.count == 2)
        #expect(grants.resolutionPlaces == [0, 0])
        // The JSON contract keeps its fields; the places are an added field.
        let json = String(decoding: try JSONEncoder().encode(patrols), as: UTF8.self)
        #expect(json.contains("\"resolution_places\":[1]"))
        let back = try JSONDecoder().decode(MeetingRecord.Item.self, from: Data(json.utf8))
        #expect(back.resolutionPlaces == [1])
        let old = try JSONDecoder().decode(MeetingRecord.Item.self, from: Data(#"{"title":"Old","text":"A.","resolutions":["B."]}"#.utf8))
        #expect(old.resolutionPlaces.isEmpty)
    }
}
