import Foundation
import MinutebookCore

/// The Matters Arising report inside a pack: its number ("Report No. CSD18054"), the meeting it was
/// written for ("Date: 26th March 2018") and Appendix A, one entry per minute: minute number and date,
/// title | what was resolved | update. PDF text prints the columns one after the other as paragraphs;
/// Markdown and HTML keep each entry as one table row.
public enum MattersArisingReader {
    public static func read(_ text: PackText, warnings: inout [String]) -> ReportEvidence? {
        guard let title = text.first(where: { isReportTitle($0) }) else { return nil }
        let startSearch = max(0, title - 40)
        let reference = referenceNumber(text, from: startSearch, to: title) ?? "Matters Arising"
        var meetingDate: LocalDate?
        for i in startSearch..<min(text.lines.count, title + 10) where meetingDate == nil {
            let line = text.trimmed(i)
            if line.hasPrefix("Date:") { meetingDate = DateText.firstDate(in: line) }
        }
        guard let meetingDate else {
            warnings.append("line \(title + 1): a Matters Arising report without a 'Date:' line is not read")
            return nil
        }
        guard let appendix = text.first(from: title, where: { $0.hasPrefix("Appendix A") || $0.contains("Minute Number/Title") })
        else {
            warnings.append("line \(title + 1): the Matters Arising report \(reference) has no Appendix A")
            return nil
        }
        var entries: [ReportEvidence.Entry] = []
        var i = appendix
        while i < text.lines.count {
            let line = text.trimmed(i)
            if i > appendix, ends(line) { break }
            if minuteHeading(line) != nil {
                let (entry, next) = line.contains("\t") ? row(text, at: i) : paragraphs(text, at: i)
                if let entry { entries.append(entry) }
                i = next
                continue
            }
            i += 1
        }
        if entries.isEmpty {
            warnings.append("line \(appendix + 1): Appendix A of the Matters Arising report \(reference) lists no minute")
        }
        for entry in entries where entry.meetingDate == nil {
            warnings.append("line \(entry.line): the Matters Arising entry for minute \(entry.minute?.text ?? "?") gives no meeting date")
        }
        return ReportEvidence(
            reference: reference, meetingDate: meetingDate, source: EvidenceSource(file: text.file, line: appendix + 1),
            entries: entries)
    }

    static func isReportTitle(_ line: String) -> Bool {
        let compact = line.replacingOccurrences(of: " ", with: "").uppercased()
        return compact.hasPrefix("TITLE:") && compact.contains("MATTERSARISING")
    }

    /// "CSD18054" from the lines before the title ("Report No." then the number).
    static func referenceNumber(_ text: PackText, from start: Int, to end: Int) -> String? {
        var i = end
        while i >= start {
            let line = text.trimmed(i).replacingOccurrences(of: "Report No.", with: "")
            if let token = line.split(separator: " ").first(where: { $0.count >= 4 && $0.first?.isLetter == true && $0.contains(where: \.isNumber) })
            {
                return String(token)
            }
            i -= 1
        }
        return nil
    }

    /// "Minute 186a ..." → 186a.
    static func minuteHeading(_ line: String) -> MinuteNumber? {
        guard line.hasPrefix("Minute ") else { return nil }
        let rest = line.dropFirst(7).prefix { !$0.isWhitespace }
        return MinuteNumber(parsing: rest)
    }

    /// The end of Appendix A: another document begins.
    static func ends(_ line: String) -> Bool {
        line.hasPrefix("This page is left intentionally blank") || line.hasPrefix("Report No") || line.hasPrefix("Agenda Item")
    }

    /// One table row: "Minute 26 6th September 2018 Title<TAB>Resolved<TAB>Update".
    static func row(_ text: PackText, at i: Int) -> (ReportEvidence.Entry?, Int) {
        let cells = text.lines[i].split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let head = cells.first ?? ""
        let (minute, date, title) = heading(head)
        let rest = cells.dropFirst().filter { !$0.isEmpty }
        let resolved = rest.first ?? ""
        let update = rest.dropFirst().joined(separator: " ")
        return (
            ReportEvidence.Entry(
                minute: minute, meetingDate: date, title: title, resolved: resolved, update: update,
                updateDate: DateText.firstDate(in: update), line: i + 1), i + 1
        )
    }

    /// The minute, the meeting date and whatever title follows in the first cell.
    static func heading(_ cell: String) -> (MinuteNumber?, LocalDate?, String) {
        let minute = minuteHeading(cell)
        let date = DateText.firstDate(in: cell)
        var title = ""
        if let date {
            // The title follows the year.
            if let range = cell.range(of: String(date.year)) { title = String(cell[range.upperBound...]) }
        } else {
            title = String(cell.dropFirst(7).drop { !$0.isWhitespace })
        }
        return (minute, date, title.trimmingCharacters(in: CharacterSet(charactersIn: " .").union(.whitespaces)))
    }

    /// PDF text: the columns as paragraphs separated by blank lines, until the next "Minute N".
    /// The heading paragraph holds the minute and date; a paragraph opening "It was resolved" or
    /// "Resolved" is what was resolved, those before it the title, those after it the update.
    static func paragraphs(_ text: PackText, at start: Int) -> (ReportEvidence.Entry?, Int) {
        var paragraphs: [String] = []
        var current: [String] = []
        var i = start
        var previous = ""
        while i < text.lines.count {
            let raw = text.lines[i]
            let line = raw.trimmingCharacters(in: .whitespaces)
            if i > start, minuteHeading(line) != nil || ends(line) { break }
            // pdftotext begins a new page (here: the next report) with a line indented by one space.
            if i > start, raw.hasPrefix(" "), !raw.hasPrefix("  "), previous.hasSuffix(".") || previous.isEmpty,
                paragraphs.count >= 2
            {
                break
            }
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(line)
            }
            previous = line
            i += 1
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        guard let head = paragraphs.first else { return (nil, i) }
        let (minute, date, headTitle) = heading(head)
        let body = Array(paragraphs.dropFirst())
        let resolvedIndex = body.firstIndex { p in
            let lower = p.lowercased()
            return lower.hasPrefix("it was resolved") || lower.hasPrefix("resolved") || lower.hasPrefix("it was agreed")
        }
        var title = headTitle, resolved = "", update = ""
        if let r = resolvedIndex {
            title = ([headTitle] + body[..<r]).filter { !$0.isEmpty }.joined(separator: " ")
            resolved = body[r]
            update = body[(r + 1)...].joined(separator: " ")
        } else if body.count >= 3 {
            title = body[0]; resolved = body[1]; update = body[2...].joined(separator: " ")
        } else {
            resolved = body.first ?? ""; update = body.dropFirst().joined(separator: " ")
        }
        return (
            ReportEvidence.Entry(
                minute: minute, meetingDate: date, title: title, resolved: resolved, update: update,
                updateDate: DateText.firstDate(in: update), line: start + 1), i
        )
    }
}
