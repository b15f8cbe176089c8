import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Invented covers of Lowmarsh Safety Board packs: one as Markdown keeps its lines (a chair's title on
/// the line after the name), one as PDF text runs the members together on one line.
@Suite("Reading a pack's cover")
struct CoverReaderTests {
    static let markdown = """
        Contact for this Agenda: Nell Harrow  
        Tel: 01632 960 118  
        E-mail: [nell.harrow@lowmarsh.example](mailto:nell.harrow@lowmarsh.example)  
        Lowmarsh Borough Council  
        2 April 2031

        To: Members of the

        ## **SAFETY BOARD**

        Councillor Iris Fenwick, (Portfolio Holder for Harbours)  
        (Chairman)  
        Tobias Wren, (Harbour Master) (Vice-Chairman)

        Orla Stead, (Lowmarsh Police Inspector)  
        Piet Varga, (Coastguard Station Officer)  
        Una Brook

        **A meeting of the Lowmarsh Safety Board will be held at the Harbour Hall on FRIDAY 11 APRIL 2031 at 2.00 pm**

        **A G E N D A**

        **1 APOLOGIES FOR ABSENCE**
        """

    static let pdfText = """
        lowmarsh safety

        Contact for this Agenda: Nell Harrow Tel: 01632 960 118 E-mail: nell.harrow@lowmarsh.example Lowmarsh Borough Council 3 October 2031

        To: Members of the

        lowmarsh safety

        SAFETY BOARD

        Orla Stead (Lowmarsh Police Inspector and Co-Chair) Tobias Wren (Harbour Master and Co-Chair) Piet Varga, (Coastguard Station Officer) Councillor Iris Fenwick, (Portfolio Holder for Harbours) Mabel Orr, (Lifeboat Crew Lead)

        A meeting of the Lowmarsh Harbour Board will be held at the Harbour Hall on THURSDAY 9 OCTOBER 2031 at 10.00 am

        AGENDA

        - 1 APOLOGIES FOR ABSENCE
        """

    @Test("a Markdown cover: contact officer, date of issue, addressee and each member with role and chair")
    func markdownCover() throws {
        let pack = PackReader.read(file: "lowmarsh-2031-04-11-pack.md", text: Self.markdown)
        let cover = try #require(pack.cover)
        #expect(cover.contactOfficer == "Nell Harrow")
        #expect(cover.contactTelephone == "01632 960 118")
        #expect(cover.contactEmail == "nell.harrow@lowmarsh.example")
        #expect(cover.issued == LocalDate(year: 2031, month: 4, day: 2))
        #expect(cover.addressedTo == "SAFETY BOARD")
        #expect(cover.line == 1)
        #expect(cover.members.map(\.name) == ["Iris Fenwick", "Tobias Wren", "Orla Stead", "Piet Varga", "Una Brook"])
        #expect(cover.members[0].role == "Portfolio Holder for Harbours")
        #expect(cover.members[0].position == .chairman)
        #expect(cover.members[1].position == .viceChairman)
        #expect(cover.members[3].role == "Coastguard Station Officer")
        #expect(pack.bodyName == "Lowmarsh Safety Board")
        #expect(!pack.isEmpty)
    }

    @Test("a PDF-text cover: members run together, co-chairs, the addressee after the logo's words")
    func pdfCover() throws {
        let pack = PackReader.read(file: "lowmarsh-2031-10-09-pack.txt", text: Self.pdfText)
        let cover = try #require(pack.cover)
        #expect(cover.contactOfficer == "Nell Harrow")
        #expect(cover.contactEmail == "nell.harrow@lowmarsh.example")
        #expect(cover.issued == LocalDate(year: 2031, month: 10, day: 3))
        #expect(cover.addressedTo == "SAFETY BOARD")
        #expect(cover.members.map(\.name) == ["Orla Stead", "Tobias Wren", "Piet Varga", "Iris Fenwick", "Mabel Orr"])
        #expect(cover.members[0].position == .coChair)
        #expect(cover.members[1].position == .coChair)
        #expect(cover.members[4].role == "Lifeboat Crew Lead")
        #expect(pack.bodyName == "Lowmarsh Harbour Board")
    }

    @Test("a cover without members says so, with its line")
    func noMembers() {
        let pack = PackReader.read(
            file: "odd.txt",
            text: "Contact for this Agenda: Nell Harrow 2 April 2031\n\nA meeting of the Lowmarsh Safety Board will be held on 11 April 2031\n")
        #expect(pack.cover?.issued == LocalDate(year: 2031, month: 4, day: 2))
        #expect(pack.cover?.members.isEmpty == true)
        #expect(pack.warnings.contains("line 1: the pack's cover names no members ('To: Members of the ...')"))
    }
}
