import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// KPI tables in invented packs of the Lowmarsh Safety Board (as pdftotext prints a table, and as a
/// Markdown table), and in the real March 2018 pack.
@Suite("Reading a pack's KPI tables")
struct KPITableReaderTests {
    static let printed = """
        A meeting of the Lowmarsh Safety Board will be held at
        the Harbour Hall on FRIDAY 11 APRIL 2031 at 2.00 pm

        2.1 Ferry Watch:

        The ferry watch ran every weekend this quarter and was well attended.

        Number of
        ferry watch

        patrols

        Target Q1 Q2 Q3 Q4

        48 12 11* 13 14

        The lantern scheme kept its volunteers through the winter.

        Target Q1 – (July Only) Q2 Q3 Q4
        Lanterns
        repaired

        40 (30 Pro Rata) 9 lamps – 2
        posts

        8 7 6

        Volunteers
        trained

        5 4 3

        3.0 Meetings and Groups
        """

    static let markdown = """
        A meeting of the Lowmarsh Safety Board will be held at the Harbour Hall on FRIDAY 11 APRIL 2031 at 2.00 pm

        | Indicator | Target | Q1 | Q2 | Q3 | Q4 |
        |---|---|---|---|---|---|
        | Kiosk patrols completed | 120 | 31 | | 29 | 33 |
        | % of calls answered within a minute | 90% | 88% | 91% | n/a | 87% |
        | Mooring thefts reported | 20 | 6 | 12% | seven | 4 |

        Next paragraph.
        """

    @Test("printed tables: a name before the header, rows under it, words wrapped in a cell, a row that cannot be placed")
    func printedTables() throws {
        let pack = PackReader.read(file: "lowmarsh-2031-04-11-pack.txt", text: Self.printed)
        let figures = try #require(pack.figures)
        #expect(figures.year.description == "2030/31")
        #expect(figures.rows.map(\.indicator) == ["Number of ferry watch patrols", "Lanterns repaired"])
        let patrols = figures.rows[0]
        #expect(patrols.target?.value == 48)
        #expect(patrols.quarters.map(\.value) == [12, 11, 13, 14])
        #expect(patrols.quarters[1].doubt?.contains("footnote mark") == true)
        #expect(patrols.line == 15)
        let lanterns = figures.rows[1]
        #expect(lanterns.target?.value == 40)
        #expect(lanterns.target?.doubt?.contains("carries a note") == true)
        #expect(lanterns.quarters.map(\.text) == ["9 lamps – 2 posts", "8", "7", "6"])
        #expect(lanterns.quarters.map(\.value) == [nil, 8, 7, 6])
        #expect(lanterns.notes == ["the table's Q1 is printed '(July Only)': it may not cover the whole quarter"])
        // Every doubt is a line-numbered warning of the pack.
        #expect(pack.warnings.contains("line 15: 'Number of ferry watch patrols': Q2 '11*' carries a footnote mark: 11 recorded, the footnote not"))
        #expect(pack.warnings.contains("line 23: 'Lanterns repaired': Q1 '9 lamps – 2 posts' is not a figure: not recorded"))
        #expect(pack.warnings.contains { $0.hasPrefix("line 28: 'Volunteers trained': 3 figures for 5 columns") })
    }

    @Test("a Markdown table: a blank quarter, a percentage indicator, a percentage and words where a count is expected")
    func markdownTable() throws {
        let pack = PackReader.read(file: "lowmarsh-2031-04-11-pack.md", text: Self.markdown)
        let rows = try #require(pack.figures).rows
        #expect(rows.map(\.indicator) == ["Kiosk patrols completed", "% of calls answered within a minute", "Mooring thefts reported"])
        #expect(rows[0].quarters.map(\.value) == [31, nil, 29, 33])
        #expect(rows[0].quarters[1].doubt == "Q2 is blank")
        #expect(rows[1].unit == .percent)
        #expect(rows[1].target?.value == 90)
        #expect(rows[1].quarters.map(\.value) == [88, 91, nil, 87])
        #expect(rows[2].unit == .count)
        #expect(rows[2].quarters.map(\.value) == [6, nil, nil, 4])
        #expect(pack.warnings.contains("line 7: 'Mooring thefts reported': Q2 '12%' is a percentage where a number is expected: not recorded"))
        #expect(pack.warnings.contains("line 7: 'Mooring thefts reported': Q3 'seven' is not a figure: not recorded"))
        #expect(pack.warnings.contains("line 5: 'Kiosk patrols completed': Q2 is blank"))
    }

    @Test("a prose line that names a target is not a table")
    func prose() {
        let text = "Target Q1 was missed because the ferry was out of service for most of the quarter.\nQ2 Q3\n"
        #expect(PackReader.read(file: "x.txt", text: text).figures == nil)
    }

    @Test(
        "the real March 2018 pack: the VAWG report's tables for 2017/18, each doubtful cell warned",
        .enabled(if: TestFiles.hasSamples, "../shared/samples is not beside this clone"))
    func march2018() throws {
        let pack = try PackReader.read(contentsOf: try #require(TestFiles.sample("sbp-2018-03-26-agenda-pack.txt")))
        let figures = try #require(pack.figures)
        #expect(figures.year.description == "2017/18")
        #expect(
            figures.rows.map(\.indicator) == [
                "Number attending the One Stop Shop", "Number of referrals to the Support Group",
                "Number of referrals and assessments completed"
            ])
        #expect(figures.rows[0].target?.value == 330)
        #expect(figures.rows[0].quarters.map(\.value) == [102, 113, 102])
        #expect(figures.rows[0].warnings.isEmpty)
        #expect(figures.rows[1].target?.value == 260)
        #expect(figures.rows[1].target?.doubt != nil)
        #expect(figures.rows[1].quarters.map(\.value) == [76, 60, 83])
        #expect(figures.rows[2].quarters.allSatisfy { $0.value == nil && $0.doubt != nil })
        #expect(figures.rows[2].notes.count == 1)
        // The last row prints three figures under four columns.
        #expect(pack.warnings.contains { $0.contains("'Number completing programme': 3 figures for 4 columns") })
        for other in ["sbp-2018-11-29-agenda-pack.md", "sbp-2024-02-29-agenda-pack.txt"] {
            #expect(try PackReader.read(contentsOf: try #require(TestFiles.sample(other))).figures == nil, "\(other)")
        }
    }

    @Test("lead officers and presenters as the agenda prints them")
    func leads() throws {
        let text = """
            A meeting of the Lowmarsh Safety Board will be held at the Harbour Hall on FRIDAY 11 APRIL 2031 at 2.00 pm

            AGENDA

            - 1 APOLOGIES FOR ABSENCE
            - 4 MOORING BAY VANDALISM (Pages 9 - 12)
            Presenter: Petra Quill
            - 5 KIOSK PATROLS (Pages 13 - 14) Lead officer: Oswin Tarr
            - 6 FERRY LANDING LIGHTING (Lead officer: Mabel Frost)
            """
        let agenda = try #require(PackReader.read(file: "lowmarsh.txt", text: text).agenda)
        #expect(agenda.items.map(\.number) == ["1", "4", "5", "6"])
        #expect(agenda.items.map(\.lead) == [nil, "Petra Quill", "Oswin Tarr", "Mabel Frost"])
        #expect(agenda.items.map(\.title) == ["APOLOGIES FOR ABSENCE", "MOORING BAY VANDALISM", "KIOSK PATROLS", "FERRY LANDING LIGHTING"])
        #expect(agenda.items[2].firstPage == 13)
    }
}
