import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// A pack that holds only an agenda is not minutes: it is refused, with the reason, and gives no record.
@Suite("Agenda-only packs")
struct AgendaOnlyTests {
    static let agendaPack = """
        KESTRELMOOR COMMUNITY SAFETY PARTNERSHIP

        NOTICE OF MEETING

        Thursday 14 November 2024 at 10.00 am
        Committee Room 3, Kestrelmoor Civic Offices

        Membership: Councillor Dana Pryce (Chair), Inspector Tomas Heald, Wendy Ashgrove

        AGENDA

        1. Apologies for absence
        To receive any apologies.

        2. Declarations of interest

        3. Minutes of the meeting held on 12 September 2024
        To confirm the minutes of the last meeting (to follow).

        4. Night-time economy patrols
        Report of the Community Safety Manager.

        5. Date of next meeting
        Thursday 13 February 2025.

        Report No. KCS/24/11

        NIGHT-TIME ECONOMY PATROLS

        1. The partnership is asked to note the patrol figures for the autumn.
        2. RECOMMENDATION: that the partnership notes the report.
        """

    @Test("an agenda pack with no minutes gives no record and says why; --strict the same")
    func refused() {
        for options in [ImportOptions(), ImportOptions(strict: true)] {
            #expect {
                try MinutesImporter(options: options).records(fromText: Self.agendaPack, format: .text, file: "agenda.txt")
            } throws: { error in
                (error as? ImportError)?.reason.contains("holds an agenda and no minutes") == true
            }
        }
    }

    @Test("notes that print their agenda above what was decided are still minutes")
    func notesWithAgendaHeading() throws {
        let text = """
            KESTRELMOOR COMMUNITY SAFETY PARTNERSHIP
            Meeting notes, Thursday 14 November 2024

            Present: Dana Pryce (Chair), Tomas Heald
            Apologies: Wendy Ashgrove

            Agenda

            1. Night-time economy patrols
            AGREED that patrols continue over the winter.

            2. Any other business
            None.
            """
        let records = try MinutesImporter().records(fromText: text, format: .text, file: "notes.txt")
        #expect(records.count == 1)
        #expect(records.first?.items.first?.resolutions.isEmpty == false)
    }
}
