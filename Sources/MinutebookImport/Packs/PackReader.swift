import Foundation
import MinutebookCore

/// What a pack holds besides the minutes inside it (which `MinutesImporter` reads): the meeting it
/// was issued for, its agenda and its Matters Arising report.
public struct PackContents: Sendable {
    public var file: String
    /// The body named on the cover ("A meeting of the X will be held") or as the report's decision maker.
    public var bodyName: String?
    public var meetingDate: LocalDate?
    public var agenda: AgendaEvidence?
    public var mattersArising: ReportEvidence?
    /// The cover sheet: date of issue, contact officer, the members addressed.
    public var cover: PackCover?
    /// The KPI tables of its reports (indicator, target, quarterly figures).
    public var figures: PackFigures?
    public var warnings: [String]

    public init(
        file: String, bodyName: String? = nil, meetingDate: LocalDate? = nil, agenda: AgendaEvidence? = nil,
        mattersArising: ReportEvidence? = nil, cover: PackCover? = nil, figures: PackFigures? = nil, warnings: [String]
    ) {
        self.file = file
        self.bodyName = bodyName
        self.meetingDate = meetingDate
        self.agenda = agenda
        self.mattersArising = mattersArising
        self.cover = cover
        self.figures = figures
        self.warnings = warnings
    }

    public var isEmpty: Bool { agenda == nil && mattersArising == nil && (cover?.members.isEmpty ?? true) && figures == nil }
}

public enum PackReader {
    /// Reads a document file: PDF through pdftotext, text, Markdown and HTML as they are (DOCX packs are not read).
    public static func read(contentsOf url: URL, reading: ReadingTools = ReadingTools()) throws(ImportError) -> PackContents {
        let file = url.path
        switch url.pathExtension.lowercased() {
        case "pdf":
            return read(file: file, text: try PDFReader.text(url, file: file, reading: reading))
        case "docx":
            return PackContents(file: file, warnings: [])
        default:
            guard let data = FileManager.default.contents(atPath: file) else { throw ImportError(file: file, "cannot be read") }
            return read(file: file, text: String(decoding: data, as: UTF8.self))
        }
    }

    /// Reads a pack's text (Markdown, HTML or plain text as the file name says). Nothing found is
    /// an empty result, not an error: most documents are minutes alone.
    public static func read(file: String, text: String) -> PackContents {
        let pack = PackText(file: file, text: text)
        var warnings: [String] = []
        let (bodyName, date) = meeting(pack)
        let cover = CoverReader.read(pack, warnings: &warnings)
        let report = MattersArisingReader.read(pack, warnings: &warnings)
        let meetingDate = date ?? report?.meetingDate
        let agenda = meetingDate.flatMap { AgendaReader.read(pack, meetingDate: $0, warnings: &warnings) }
        let figures = KPITableReader.read(pack, meetingDate: meetingDate, warnings: &warnings)
        let decisionMaker = pack.first(where: { $0.hasPrefix("Decision Maker:") }).map {
            pack.trimmed($0).dropFirst("Decision Maker:".count).trimmingCharacters(in: .whitespaces)
        }
        return PackContents(
            file: file, bodyName: bodyName ?? decisionMaker, meetingDate: meetingDate, agenda: agenda,
            mattersArising: report, cover: cover, figures: figures, warnings: warnings)
    }

    /// "A meeting of the Safer Bromley Partnership Board will be held at ... on THURSDAY 29 FEBRUARY 2024"
    /// (over up to three lines).
    static func meeting(_ pack: PackText) -> (String?, LocalDate?) {
        guard let i = pack.first(where: { $0.hasPrefix("A meeting of the ") && $0.contains("will be held") }) else { return (nil, nil) }
        let line = pack.trimmed(i)
        let name = line.dropFirst("A meeting of the ".count).components(separatedBy: " will be held").first
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let joined = (i..<min(pack.lines.count, i + 3)).map { pack.trimmed($0) }.joined(separator: " ")
        let date = DateText.dates(in: joined).lazy.compactMap { found in
            found.year.flatMap { LocalDate(year: $0, month: found.month, day: found.day) }
        }.first
        return (name, date)
    }
}

/// The agenda of a pack: numbered items ("1 APOLOGIES FOR ABSENCE", "- 3 MINUTES ... (Pages 3 10)",
/// lettered sub-items "a DOMESTIC ABUSE SUB GROUP UPDATE" under the item before), a "PART 2" heading
/// marking the exempt items after it, and "Lead officer: Name" lines.
public enum AgendaReader {
    public static func read(_ pack: PackText, meetingDate: LocalDate, warnings: inout [String]) -> AgendaEvidence? {
        guard let start = pack.first(where: { $0.replacingOccurrences(of: " ", with: "") == "AGENDA" }) else { return nil }
        var items: [AgendaEvidence.Item] = []
        var part = AgendaPart.one
        var parent = ""
        var i = start + 1
        while i < pack.lines.count {
            var line = pack.trimmed(i)
            if line.hasPrefix("Agenda Item") || line.hasPrefix("This page is left intentionally blank") || line.hasPrefix(".....")
                || line.hasPrefix("Minutes of the meeting")
            {
                break
            }
            if line.hasPrefix("- ") { line.removeFirst(2) }
            let upper = line.uppercased()
            if upper.hasPrefix("PART 2") || upper.hasPrefix("PART TWO") || upper.contains("EXEMPT INFORMATION") {
                part = .two
            } else if let (before, name) = lead(in: line), before.isEmpty {
                if var last = items.popLast() {
                    last.lead = name
                    items.append(last)
                }
            } else if let (before, name) = lead(in: line), var item = item(before, line: i + 1, parent: parent, part: part) {
                // "7 MOORING BAY VANDALISM (Pages 9 - 12) Lead officer: Name" on one line.
                item.lead = name
                if item.number.first?.isNumber == true { parent = item.number }
                items.append(item)
            } else if let item = item(line, line: i + 1, parent: parent, part: part) {
                if item.number.first?.isNumber == true { parent = item.number }
                items.append(item)
            }
            i += 1
        }
        if items.isEmpty {
            warnings.append("line \(start + 1): an agenda heading with no numbered items under it")
            return nil
        }
        return AgendaEvidence(meetingDate: meetingDate, file: pack.file, items: items)
    }

    /// The labels an agenda prints before an item's lead officer or presenter.
    static let leadLabels = [
        "Lead officer:", "Lead officers:", "Lead:", "Presenter:", "Presenters:", "Presented by:", "Presented by", "Report author:"
    ]

    /// What comes before a lead label on the line, and the name after it ("Lead officer: Ada Vale" → ("", "Ada Vale")).
    static func lead(in line: String) -> (String, String)? {
        for label in leadLabels {
            guard let range = line.range(of: label, options: .caseInsensitive) else { continue }
            let before = line[..<range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -–—(|").union(.whitespaces))
            var name = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if before.hasSuffix(")") == false, name.hasSuffix(")"), !name.contains("(") { name.removeLast() }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
            guard !name.isEmpty else { return nil }
            return (before, name)
        }
        return nil
    }

    /// "15 REPORTS FROM SUB-GROUPS", "c YOUTH OFFENDING SERVICE SUB GROUP UPDATE (Pages 41 - 42)".
    static func item(_ line: String, line number: Int, parent: String, part: AgendaPart) -> AgendaEvidence.Item? {
        let words = line.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return nil }
        let head = words[0], rest = String(words[1])
        let isNumber = head.count <= 3 && head.first?.isNumber == true && head.allSatisfy { $0.isNumber || $0.isLowercase }
        let isLetter = head.count == 1 && head.first?.isLowercase == true && !parent.isEmpty
        guard isNumber || isLetter else { return nil }
        // Item titles are printed in capitals.
        let letters = (rest.components(separatedBy: "(Page").first ?? rest).filter(\.isLetter)
        guard letters.count >= 3, Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.8 else { return nil }
        var title = rest
        var first: Int?, last: Int?
        if let open = rest.range(of: "(Page") {
            let inside = rest[open.upperBound...].prefix { $0 != ")" }
            let numbers = inside.split { !$0.isNumber }.compactMap { Int($0) }
            first = numbers.first
            last = numbers.count > 1 ? numbers[1] : numbers.first
            title = String(rest[..<open.lowerBound])
        }
        return AgendaEvidence.Item(
            number: isLetter ? parent + head : String(head), title: title.trimmingCharacters(in: .whitespaces),
            part: part, firstPage: first, lastPage: last, line: number)
    }
}
