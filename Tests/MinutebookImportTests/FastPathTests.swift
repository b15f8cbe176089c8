import Testing

@testable import MinutebookImport

/// The byte-level fast paths of the importer give what the general code gives.
@Suite("Importer fast paths")
struct FastPathTests {
    static let titles = [
        "ANTI-SOCIAL BEHAVIOUR UPDATE", "MOPAC UPDATE", "UPDATE FROM THE SAFER NEIGHBOURHOOD BOARD", "CCTV REVIEW (CCTV)",
        "ASB-LED PATROLS", "THE CHAIRMAN'S UPDATE", "MINUTES OF THE MEETING HELD ON 6th JULY 2017", "MPS'S REPORT",
        "SBP'S PLAN", "DATE OF NEXT MEETING", "Q3 FIGURES: 2023/24", "REPORTS FROM SUB-GROUPS", "A AND THE OF",
        "RHYTHM & BLUES", "CRC (COMMUNITY REHABILITATION COMPANY)", "PART 2 - EXEMPT ITEMS", "--ASB--", "IV. PLAN",
        "NIGHT-TIME ECONOMY", "PREVENT  UPDATE", "HMIP, LSCB; TOR."
    ]

    @Test("ASCII headings are title-cased byte by byte exactly as the general rule does", arguments: titles)
    func titleCase(_ title: String) {
        #expect(MinutesAssembler.asciiTitleCased(title) == MinutesAssembler.titleCasedKeepingAcronyms(title))
    }

    @Test("a heading with other characters takes the general rule")
    func titleCaseNonASCII() {
        #expect(MinutesAssembler.asciiTitleCased("CAFÉ LICENSING") == nil)
        #expect(MinutesAssembler.displayTitle("CAFÉ LICENSING") == "Café Licensing")
    }

    @Test(
        "minute numbers from bytes match the Character reading",
        arguments: [
            "172a", "172", "46 (a)", "1O", "l1", "l72", "1O3", "12la", "35 b", "4", "I2", "|3", "lO", "12abc", "12.", "0", "00012",
            "12 (b)", "9999", "12345", "1l", "1lO", "12(a)", "ll", "O1", "123456789", "1234567890", "12a1", "7 "
        ])
    func minuteNumbers(_ token: String) {
        #expect(Normalizer.asciiMinuteNumber(Array(token.utf8)) == Normalizer.characterMinuteNumber(token), "\(token)")
    }

    @Test(
        "fragments are found with memchr wherever a plain search finds them",
        arguments: [
            ("", false), ("e", false), ("RESOLVED that", true), ("It was agreed", true), ("it was AGREED", true),
            ("nothing here", false), ("ends with gree", true), ("GREE at start", true), ("(part 2) item", true), ("Part 2", false),
            ("a box", true), ("esol", false), ("ESOL V", false), ("Unicode \u{E9} then resolv", true), ("Agreed", true), ("Agre ed", false)
        ])
    func needles(_ text: String, _ expected: Bool) {
        #expect(NeedleSet(["ESOLV", "esolv", "GREE", "gree", "(part 2)", "x"]).occurs(in: text) == expected)
    }

    @Test(
        "case-blind search matches a lower-cased search",
        arguments: [
            ("The meeting ended at 12.05 pm", true), ("THE MEETING", true), ("meetin", false), ("Meeting", true), ("", false),
            ("m e e t i n g", false), ("a MeEtInG b", true), ("meetingmeeting", true), ("emeetingg", true), ("gnitee m", false)
        ])
    func caseBlind(_ text: String, _ expected: Bool) {
        #expect(FastText.containsIgnoringCase(text, "meeting") == expected)
        #expect(FastText.containsIgnoringCase(text, "MEETING") == expected)
    }

    @Test("cells: single spaces kept, runs collapsed, control bytes dropped, wide gaps split, NBSP cleaned")
    func cells() {
        func cells(_ s: String, wide: Bool) -> [String] { Tokenizer.split(Array(s.utf8)[...], wide: wide) }
        #expect(cells("175 APOLOGIES", wide: true) == ["175 APOLOGIES"])
        #expect(cells("175   APOLOGIES  FOR", wide: true) == ["175", "APOLOGIES FOR"])
        #expect(cells("175   APOLOGIES  FOR", wide: false) == ["175 APOLOGIES FOR"])
        #expect(cells("a\r", wide: false) == ["a"])
        #expect(cells("a \u{1}\u{1} b", wide: false) == ["a b"])
        #expect(cells("a  \u{1} b", wide: true) == ["a", "b"])
        #expect(cells("\tx\t\t", wide: false) == ["", "x"])
        #expect(cells("   indented", wide: true) == ["indented"])
        #expect(cells("", wide: true) == [""])
        #expect(cells("\u{A0}Ann\u{A0}Lee \u{200B}", wide: false) == ["Ann Lee"])
        #expect(cells("caf\u{E9}  bar\tx ", wide: false) == ["caf\u{E9} bar", "x"])
    }

    @Test(
        "Action column codes: sentences are refused from bytes, codes and collective owners still read",
        arguments: [
            ("LG/TG", ["LG", "TG"]), ("RV, SW", ["RV", "SW"]), ("LG and TG", ["LG", "TG"]), ("All", ["All"]), ("Group", ["Group"]),
            ("Partnership", ["Partnership"]), ("AB+CD & EF", ["AB", "CD", "EF"]), ("RESOLVED that the update is noted and a", nil),
            ("Action", nil), ("A", nil), ("AB/CD/EF/GH/IJ/KL/MN", nil), ("ABCDE", nil), ("Ms Lee", nil), ("\u{0421}\u{041D}", ["CH"])
        ] as [(String, [String]?)])
    func actionCodes(_ cell: String, _ expected: [String]?) {
        #expect(Normalizer.actionCodes(cell) == expected)
    }
}
