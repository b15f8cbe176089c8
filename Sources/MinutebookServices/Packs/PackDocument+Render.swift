import MinutebookCore

extension PackDocument {
    public var title: String { "\(agenda.body.name), \(meeting.date.long): agenda pack" }

    /// The HTML WeasyPrint renders into the pack PDF.
    public func printHTML() -> String {
        var w = HTMLWriter(capacity: 64_000)
        w.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        w.text(title)
        w.raw("</title>\n<style>\n")
        w.raw(PackStyles.print)
        w.raw(MinutesDocument.packStyles)
        for style in pageStyles {
            // One named page per upload size; the "-p2" twin carries the Part 2 warning.
            for suffix in ["", "p2"] {
                w.rawTrusted("@page \(style.name)\(suffix) { size: \(style.width)pt \(style.height)pt; margin: 9mm 0 10mm 0;\n")
                w.raw(
                    "  @top-right { content: none; }\n  @bottom-center { content: \"Page \" counter(page); background: white; padding: 1mm 4mm; }\n")
                if suffix == "p2" {
                    w.raw("  @top-center { content: \"CONFIDENTIAL – NOT FOR PUBLICATION (Part 2)\"; background: white; padding: 1mm 4mm; }\n")
                }
                w.raw("}\n")
            }
        }
        w.raw("</style>\n</head>\n<body>\n")
        writeCover(&w, accessible: false)
        for entry in agenda.entries {
            switch reports[entry.id] {
            case .minutes(let minutes):
                sectionOpen(&w, entry)
                writeReportHeading(&w, entry)
                writeMinutes(&w, minutes)
                writeEnd(&w, entry)
                w.raw("</section>\n")
            case .html(let fragment):
                sectionOpen(&w, entry)
                writeReportHeading(&w, entry)
                w.rawTrusted(fragment)
                writeEnd(&w, entry)
                w.raw("</section>\n")
            case .pages(let styles):
                for (index, style) in styles.enumerated() {
                    let page = entry.item.part == .two ? "\(style)p2" : style
                    if index == 0 {
                        w.rawTrusted("<div class=\"ph first\" style=\"page: \(page)\" id=\"item-\(entry.id)\" data-bm=\"")
                        w.text(label(entry))
                        w.raw("\" data-label=\"")
                        w.text("Agenda Item \(entry.item.number ?? "")")
                        w.raw("\">")
                    } else {
                        w.rawTrusted("<div class=\"ph\" style=\"page: \(page)\">")
                    }
                    if index == styles.count - 1 { writeEnd(&w, entry) }
                    w.raw("</div>\n")
                }
            case .missing, nil:
                continue
            }
        }
        w.raw("</body>\n</html>\n")
        return w.string
    }

    public func writeEnd(_ w: inout HTMLWriter, _ entry: AgendaEntry) {
        w.raw("<div class=\"end\" id=\"item-")
        w.text(Int(entry.id))
        w.raw("-end\"></div>")
    }

    /// The accessible HTML version: the same cover, agenda and papers for screens and screen
    /// readers; uploaded documents are pointed to by their pages in the PDF.
    public func accessibleHTML(ranges: [Int64: ClosedRange<Int>], pdfName: String, pageCount: Int) -> String {
        var w = HTMLWriter(capacity: 64_000)
        w.raw(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        )
        w.text(title)
        w.raw("</title>\n<style>\n")
        w.raw(PackStyles.screen)
        w.raw(MinutesDocument.screenStyles)
        w.raw(
            "</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#agenda\">Skip to the agenda</a>\n<main>\n<p class=\"pdf-link\">The printable version of this pack is <a href=\""
        )
        w.text(pdfName)
        w.raw("\">")
        w.text(pdfName)
        w.raw("</a> (PDF, ")
        w.text(pageCount)
        w.raw(" pages).</p>\n")
        writeCover(&w, accessible: true)
        for entry in agenda.entries {
            guard let report = reports[entry.id] else { continue }
            if case .missing = report { continue }
            w.raw("<section class=\"doc\" id=\"item-")
            w.text(Int(entry.id))
            w.raw("\" aria-labelledby=\"item-")
            w.text(Int(entry.id))
            w.raw("-title\">\n<p class=\"item-label\">")
            w.text("Agenda Item \(entry.item.number ?? "")")
            if entry.item.part == .two { w.raw(" – <strong>Part 2, not for publication</strong>") }
            w.raw("</p>\n<h2 id=\"item-")
            w.text(Int(entry.id))
            w.raw("-title\">")
            w.text(entry.item.title)
            w.raw("</h2>\n")
            switch report {
            case .minutes(let minutes): writeMinutes(&w, minutes)
            case .html(let fragment): w.rawTrusted(ReportMarkup.demoted(fragment))
            case .pages:
                w.raw("<p>This report was supplied as a document")
                if let name = entry.latestReport?.filename { w.text(" (\(name))") }
                w.raw(". Read it on ")
                if let range = ranges[entry.id] { w.text(PageSpan(range).inWords + " of ") }
                w.raw("<a href=\"")
                w.text(pdfName)
                if let range = ranges[entry.id] { w.text("#page=\(range.lowerBound)") }
                w.raw("\">the PDF pack</a>.</p>\n")
            case .missing: break
            }
            w.raw("<p><a href=\"#agenda\">Back to the agenda</a></p>\n</section>\n")
        }
        w.raw("</main>\n</body>\n</html>\n")
        return w.string
    }
}

public enum PackStyles {
    public static let print: StaticString = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm;
          @top-right { content: string(item); font: bold 9pt "Liberation Sans", Arial, sans-serif; }
          @bottom-center { content: "Page " counter(page); font: 9pt "Liberation Sans", Arial, sans-serif; } }
        @page cover { @top-right { content: none; } }
        @page part2 { @top-center { content: "CONFIDENTIAL – NOT FOR PUBLICATION (Part 2)"; font: bold 9pt "Liberation Sans", Arial, sans-serif; } }
        html { font: 11pt/1.35 "Liberation Sans", Arial, sans-serif; color: #000; }
        body { margin: 0; }
        h1, h2, h3, h4, h5, h6 { bookmark-level: none; page-break-after: avoid; }
        h1 { font-size: 15pt; margin: 0 0 4mm; }
        h2 { font-size: 12pt; margin: 5mm 0 2mm; }
        h3, h4, h5, h6 { font-size: 11pt; margin: 4mm 0 1mm; }
        .cover, .agenda-section { page: cover; }
        .partnership { font-size: 20pt; font-weight: bold; margin: 0 0 6mm; color: #1d3b6a; }
        .masthead { display: flex; justify-content: space-between; border-bottom: 1pt solid #000; padding-bottom: 3mm; margin-bottom: 4mm; }
        .masthead p { margin: 0; }
        .issued { text-align: right; }
        .to { margin: 0; }
        .body-name { font-size: 14pt; font-weight: bold; text-transform: uppercase; margin: 1mm 0 3mm; }
        ul.members, ul.plain { list-style: none; padding: 0; margin: 0 0 4mm; }
        ul.members li { margin: 0 0 0.6mm; }
        .notice { margin: 5mm 0; }
        .confidential-note { border: 1.5pt solid #000; padding: 2mm; font-weight: bold; }
        h1.agenda-title { break-before: page; bookmark-level: 1; bookmark-label: "Agenda"; text-align: center; letter-spacing: 0.4em;
          text-transform: uppercase; font-size: 16pt; }
        table.agenda { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
        table.agenda th, table.agenda td { text-align: left; vertical-align: top; padding: 1.6mm 1.5mm; border-bottom: 0.4pt solid #999; }
        table.agenda th.num { width: 10mm; font-weight: bold; }
        table.agenda tr.sub th.num { padding-left: 6mm; width: 14mm; }
        table.agenda .item-name { font-weight: bold; text-transform: uppercase; }
        table.agenda .meta, table.agenda .desc, table.agenda .missing { display: block; font-size: 9.5pt; margin-top: 1mm; }
        table.agenda .missing { font-weight: bold; }
        table.agenda td.pages { width: 32mm; white-space: nowrap; text-align: right; }
        a { color: inherit; text-decoration: none; }
        a.range::after { content: "Pages " target-counter(attr(href url), page) " - " target-counter(attr(data-end url), page); }
        a.range.single-page::after { content: "Page " target-counter(attr(href url), page); }
        .missing-summary { border: 1pt solid #000; padding: 1mm 3mm; margin-top: 4mm; }
        .visually-hidden { display: none; }
        section.doc { break-before: page; string-set: item attr(data-label); }
        section.doc.part2 { page: part2; }
        h1.item-title { bookmark-level: 1; bookmark-label: attr(data-bm); }
        .report-meta { font-size: 9.5pt; color: #333; }
        .minute { break-inside: auto; }
        .minute h2 { font-size: 11pt; }
        .minute-no { display: inline-block; width: 12mm; }
        .resolved { font-weight: bold; }
        table { border-collapse: collapse; }
        section.doc table { width: 100%; margin: 2mm 0 4mm; font-size: 10pt; }
        section.doc th, section.doc td { border: 0.5pt solid #666; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
        section.doc th { background: #e8e8e8; }
        .ph { break-before: page; }
        .ph.first { bookmark-level: 1; bookmark-label: attr(data-bm); string-set: item attr(data-label); }
        .end { height: 0; }

        """

    public static let screen: StaticString = """
        body { font: 1.1875rem/1.5 Arial, sans-serif; color: #0b0c0c; margin: 0; }
        main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
        .skip-link { position: absolute; left: -9999px; }
        .skip-link:focus { left: 1rem; top: 1rem; background: #fd0; padding: 0.5rem; }
        a { color: #1d70b8; }
        a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
        .partnership { font-size: 1.5rem; font-weight: bold; }
        .body-name { font-weight: bold; text-transform: uppercase; }
        ul.members, ul.plain { list-style: none; padding: 0; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #b1b4b6; }
        .meta, .desc, .missing { display: block; font-size: 1rem; }
        .missing { font-weight: bold; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        section.doc { border-top: 2px solid #0b0c0c; margin-top: 2rem; }
        .resolved { font-weight: bold; }
        .confidential-note, .missing-summary { border: 3px solid #d4351c; padding: 0.5rem 1rem; }

        """
}
