import MinutebookCore

extension MinutesDocument {
    /// "RESOLVED that the report be noted." for one decision (its lead-in was taken off on import or entry).
    public static func resolvedSentence(_ decision: String) -> String {
        // A decision entered or imported with its lead-in ("RESOLVED that ...") keeps it, once.
        if decision.uppercased().hasPrefix("RESOLVED") { return decision }
        let words = ["The", "A", "An", "This", "These", "Those", "That", "Its", "All", "Any", "Each", "No", "Members", "Officers"]
        if let first = decision.split(separator: " ", maxSplits: 1).first, words.contains(String(first)) {
            return "RESOLVED that " + first.lowercased() + decision.dropFirst(first.count)
        }
        return "RESOLVED that: " + decision
    }

    /// The minutes as HTML inside a larger page (the pack, or the standalone document): `level` is the
    /// heading level of "Present:" and of each minute's title.
    public func writeBody(_ w: inout HTMLWriter, level: Int = 2) {
        let open = level == 3 ? "<h3" : "<h2"
        let close = level == 3 ? "</h3>\n" : "</h2>\n"
        func heading(_ text: String, id: String? = nil) {
            w.rawTrusted(open)
            if let id { w.raw(" id=\""); w.text(id); w.raw("\"") }
            w.raw(">")
            w.text(text)
            w.rawTrusted(close)
        }
        if isDraft {
            w.raw("<p class=\"draft-banner\"><strong>")
            w.text(MattersArisingEntry.draftMark)
            w.raw("</strong> – these minutes are not yet approved as a correct record.</p>\n")
        }
        w.raw("<p class=\"body-name\">")
        w.text(bodyName)
        w.raw("</p>\n<p class=\"held\">")
        w.text(heldLine)
        w.raw("</p>\n")
        for (label, lines) in [("Present:", present), ("Also Present:", alsoPresent), ("Apologies:", apologies)] where !lines.isEmpty {
            heading(label)
            w.raw("<ul class=\"plain\">")
            for line in lines { w.raw("<li>"); w.text(line); w.raw("</li>") }
            w.raw("</ul>\n")
        }
        for entry in entries {
            w.raw(entry.part == .two ? "<div class=\"minute part2\">" : "<div class=\"minute\">")
            w.rawTrusted(open)
            w.raw("><span class=\"minute-no\">")
            w.text(entry.number)
            w.raw("</span> ")
            w.text(entry.title.uppercased())
            if entry.part == .two { w.raw(" <span class=\"part2-tag\">(Part 2 – exempt)</span>") }
            w.rawTrusted(close)
            w.raw("<table class=\"minute-rows\"><thead><tr><th scope=\"col\" class=\"text\"><span class=\"visually-hidden\">Minute ")
            w.text(entry.number)
            w.raw("</span></th><th scope=\"col\" class=\"action\">Action</th></tr></thead>\n<tbody>\n")
            for row in entry.rows {
                w.raw("<tr><td class=\"text\">")
                switch row.content {
                case .paragraph(let text): w.paragraphs(text)
                case .resolutions(let decisions):
                    if decisions.count == 1 {
                        w.raw("<p class=\"resolved\">"); w.text(Self.resolvedSentence(decisions[0])); w.raw("</p>")
                    } else {
                        w.raw("<p class=\"resolved\">RESOLVED that:</p><ol class=\"resolved\">")
                        for d in decisions { w.raw("<li>"); w.text(d); w.raw("</li>") }
                        w.raw("</ol>")
                    }
                case .note(let text): w.raw("<p class=\"note\">Post-meeting note: "); w.text(text); w.raw("</p>")
                case .correction(let text): w.raw("<p class=\"correction\">"); w.text(text); w.raw("</p>")
                case .declaration(let text): w.raw("<p class=\"declaration\">"); w.text(text); w.raw("</p>")
                case .vote(let sentence, let rollCall):
                    w.raw("<p class=\"vote\">"); w.text(sentence); w.raw("</p>")
                    if !rollCall.isEmpty {
                        w.raw("<ul class=\"roll-call\">")
                        for line in rollCall { w.raw("<li>"); w.text(line); w.raw("</li>") }
                        w.raw("</ul>")
                    }
                }
                w.raw("</td><td class=\"action\">")
                for (i, codes) in row.action.enumerated() {
                    if i > 0 { w.raw("<br>") }
                    w.text(codes)
                }
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody></table></div>\n")
        }
        if withheld > 0 {
            w.raw("<p class=\"withheld\">")
            w.text(withheld == 1 ? "One exempt (Part 2) item is not included." : "\(withheld) exempt (Part 2) items are not included.")
            w.raw("</p>\n")
        }
        if let endLine { w.raw("<p class=\"ended\">"); w.text(endLine); w.raw("</p>\n") }
        if let approval { w.raw("<p class=\"approval\">"); w.text(approval); w.raw("</p>\n") }
        w.raw("<div class=\"signature\"><p class=\"sign-line\">")
        w.text(chairTitle)
        w.raw("</p>")
        if let signature {
            w.raw("<p class=\"signed\">")
            w.text("\(signature.sentence) (\(signature.signerName)).")
            w.raw("</p><p class=\"digest\">")
            w.text("SHA-256 of the approved text: \(signature.sha256)")
            w.raw("</p>")
        }
        w.raw("</div>\n")
    }

    /// The standalone HTML WeasyPrint renders into the minutes PDF.
    public func printHTML() -> String {
        var w = HTMLWriter(capacity: 32_000)
        w.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        w.text(title)
        w.raw("</title>\n<style>\n")
        w.raw(Self.printStyles)
        if isDraft {
            w.raw("@page { @top-center { content: \"DRAFT – NOT YET APPROVED\"; font: bold 10pt \"Liberation Sans\", Arial, sans-serif; } }\n")
        }
        w.raw("</style>\n</head>\n<body>\n<h1 class=\"visually-hidden\">")
        w.text(title)
        w.raw("</h1>\n")
        writeBody(&w, level: 2)
        w.raw("</body>\n</html>\n")
        return w.string
    }

    public static let printStyles: StaticString = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm;
          @bottom-center { content: "Page " counter(page); font: 9pt "Liberation Sans", Arial, sans-serif; } }
        html { font: 11pt/1.35 "Liberation Sans", Arial, sans-serif; color: #000; }
        body { margin: 0; }
        h2 { font-size: 11pt; margin: 5mm 0 2mm; page-break-after: avoid; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .body-name { font-size: 14pt; font-weight: bold; text-transform: uppercase; margin: 1mm 0 3mm; }
        ul.plain { list-style: none; padding: 0; margin: 0 0 4mm; }
        .draft-banner { border: 1.5pt solid #000; padding: 2mm; }
        .minute-no { display: inline-block; width: 14mm; }
        table.minute-rows { width: 100%; border-collapse: collapse; }
        table.minute-rows th, table.minute-rows td { border: none; padding: 0 0 1mm 14mm; text-align: left; vertical-align: top; }
        table.minute-rows th.action, table.minute-rows td.action { width: 22mm; padding-left: 3mm; font-weight: bold; }
        table.minute-rows th.action { font-weight: bold; }
        table.minute-rows td p, table.minute-rows td ol { margin: 0 0 2.5mm; }
        .resolved { font-weight: bold; }
        ul.roll-call { margin: 0 0 2.5mm; padding-left: 6mm; }
        .ended { margin-top: 8mm; }
        .signature { margin-top: 14mm; margin-left: 95mm; }
        .sign-line { border-top: 0.6pt solid #000; padding-top: 1mm; }
        .digest { font-size: 8pt; word-break: break-all; }

        """

    /// Rules the pack adds so the minutes inside it look like the standalone document.
    public static let packStyles: StaticString = """
        section.doc table.minute-rows { width: 100%; margin: 0; font-size: 11pt; }
        section.doc table.minute-rows th, section.doc table.minute-rows td { border: none; background: none; padding: 0 0 1mm 12mm; }
        section.doc table.minute-rows th.action, section.doc table.minute-rows td.action { width: 22mm; padding-left: 3mm; font-weight: bold; }
        section.doc table.minute-rows td p, section.doc table.minute-rows td ol { margin: 0 0 2.5mm; }
        .draft-banner { border: 1.5pt solid #000; padding: 2mm; }
        .signature { margin-top: 14mm; margin-left: 95mm; }
        .sign-line { border-top: 0.6pt solid #000; padding-top: 1mm; }
        .digest { font-size: 8pt; word-break: break-all; }

        """

    /// Rules for the minutes in the pack's accessible HTML.
    public static let screenStyles: StaticString = """
        table.minute-rows th.action, table.minute-rows td.action { width: 6rem; font-weight: bold; }
        .draft-banner { border: 3px solid #0b0c0c; padding: 0.5rem 1rem; }
        .sign-line { border-top: 1px solid #0b0c0c; max-width: 16rem; }
        .digest { font-size: 0.875rem; word-break: break-all; }

        """
}
