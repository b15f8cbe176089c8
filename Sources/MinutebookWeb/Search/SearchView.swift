import MinutebookCore
import MinutebookServices

/// The search page: form with filters, an explanation of the query language, and ranked results
/// with highlighted snippets, paged.
struct SearchView {
    var form: SearchForm
    var bodies: [BodyChoice]
    var results: SearchResults?
    var pageSize: Int

    func write(into w: inout HTMLWriter) {
        if !form.errors.isEmpty {
            w.raw("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2>There is a problem</h2><ul>")
            for error in form.errors {
                w.raw("<li><a href=\"#")
                w.text(error.field)
                w.raw("\">")
                w.text(error.message)
                w.raw("</a></li>")
            }
            w.raw("</ul></div>\n")
        }
        w.raw("<h1>Search the record</h1>\n")
        writeForm(into: &w)
        if let results {
            writeResults(results, into: &w)
        }
        writeHelp(into: &w)
    }

    private func error(for field: String) -> String? {
        form.errors.first(where: { $0.field == field })?.message
    }

    private func writeForm(into w: inout HTMLWriter) {
        w.raw("<form method=\"get\" action=\"/search\" role=\"search\" class=\"search-form\">\n")
        w.raw("<div class=\"field\"><label for=\"q\">Words or a phrase</label>\n")
        w.raw(
            "<p class=\"hint\" id=\"q-hint\">For example <code>\"mass casualty\"</code> or <code>prevent*</code>. See <a href=\"#how-to-search\">how to search</a>.</p>\n"
        )
        w.raw("<input type=\"search\" id=\"q\" name=\"q\" aria-describedby=\"q-hint\" maxlength=\"500\" value=\"")
        w.text(form.text)
        w.raw(
            "\"></div>\n<div class=\"field\"><label for=\"body\">Board or sub-group</label>\n<select id=\"body\" name=\"body\"><option value=\"\">All</option>"
        )
        var group: String?
        for choice in bodies {
            if choice.group != group {
                if group != nil { w.raw("</optgroup>") }
                w.raw("<optgroup label=\"")
                w.text(choice.group)
                w.raw("\">")
                group = choice.group
            }
            w.raw("<option value=\"")
            w.text(choice.value)
            w.raw(choice.value == form.body ? "\" selected>" : "\">")
            w.text(choice.label)
            w.raw("</option>")
        }
        if group != nil { w.raw("</optgroup>") }
        w.raw("</select></div>\n<fieldset class=\"field years\"><legend>Meeting years</legend>\n")
        for (field, label, value) in [("from", "From", form.from), ("to", "To", form.to)] {
            w.raw("<div class=\"field inline")
            if error(for: field) != nil { w.raw(" field-error") }
            w.raw("\"><label for=\"")
            w.text(field)
            w.raw("\">")
            w.text(label)
            w.raw("</label>")
            if let message = error(for: field) {
                w.raw("<p class=\"error-message\" id=\"")
                w.text(field)
                w.raw("-error\"><span class=\"visually-hidden\">Error:</span> ")
                w.text(message)
                w.raw("</p>")
            }
            w.raw("<input type=\"text\" inputmode=\"numeric\" size=\"4\" maxlength=\"4\" id=\"")
            w.text(field)
            w.raw("\" name=\"")
            w.text(field)
            if error(for: field) != nil {
                w.raw("\" aria-invalid=\"true\" aria-describedby=\"")
                w.text(field)
                w.raw("-error")
            }
            w.raw("\" value=\"")
            w.text(value)
            w.raw("\"></div>")
        }
        w.raw(
            "</fieldset>\n<div class=\"field\"><label for=\"type\">Type</label>\n<select id=\"type\" name=\"type\"><option value=\"\">Everything</option>"
        )
        for kind in SearchKind.allCases {
            w.raw("<option value=\"")
            w.text(kind.rawValue)
            w.raw(kind.rawValue == form.type ? "\" selected>" : "\">")
            w.text(kind.label)
            w.raw("</option>")
        }
        w.raw("</select></div>\n<button type=\"submit\" class=\"button\">Search</button>\n</form>\n")
    }

    private func writeResults(_ results: SearchResults, into w: inout HTMLWriter) {
        w.raw("<section aria-labelledby=\"results-heading\" class=\"search-results\">\n<h2 id=\"results-heading\">")
        if results.total == 0 {
            w.raw("No results for ")
            w.text(results.query.expression.summary.isEmpty ? form.text : results.query.expression.summary)
            w.raw("</h2>\n<p>Check the spelling, use fewer words, or end a word with <code>*</code> to match its beginning.</p>\n</section>\n")
            return
        }
        if results.isCapped { w.raw("More than ") }
        w.text(results.total)
        w.raw(results.total == 1 && !results.isCapped ? " result" : " results")
        w.raw(" for ")
        w.text(results.query.expression.summary)
        w.raw("</h2>\n")
        if results.isCapped {
            w.raw("<p class=\"hint\">These words are found very widely, so the best of the ")
            w.text(SearchResults.rankedCandidates)
            w.raw(
                " most recently recorded passages are shown. Narrow the search by partnership, body, years or type, or add words, to reach older ones.</p>\n"
            )
        }
        w.raw("<ol class=\"results\" start=\"")
        w.text(results.query.offset + 1)
        w.raw("\">\n")
        for hit in results.hits {
            w.raw("<li class=\"result\"><h3><a href=\"")
            w.text(SearchView.href(for: hit))
            w.raw("\">")
            if let number = hit.number, hit.kind != .document {
                w.text(number)
                w.raw(". ")
            }
            w.text(hit.title)
            w.raw("</a></h3>\n<p class=\"meta\"><span class=\"tag\">")
            w.text(hit.kind.singularLabel)
            w.raw("</span> ")
            w.text(hit.bodyName)
            w.raw(", ")
            w.text(hit.meetingDate.long)
            if hit.part == .two {
                w.raw(" <span class=\"tag tag-exempt\">Part 2 (exempt)</span>")
            }
            if hit.kind != .agenda && hit.meetingStatus != .minutesApproved && hit.kind != .document {
                w.raw(" <span class=\"tag tag-draft\">Draft</span>")
            }
            w.raw("</p>\n<p class=\"snippet\">")
            for fragment in hit.snippet {
                if fragment.isMatch {
                    w.raw("<mark>")
                    w.text(fragment.text)
                    w.raw("</mark>")
                } else {
                    w.text(fragment.text)
                }
            }
            w.raw("</p></li>\n")
        }
        w.raw("</ol>\n")
        writePagination(results, into: &w)
        w.raw("</section>\n")
    }

    private func writePagination(_ results: SearchResults, into w: inout HTMLWriter) {
        let pages = (results.total + pageSize - 1) / pageSize
        guard pages > 1 else { return }
        w.raw("<nav class=\"pagination\" aria-label=\"Results pages\"><ul>")
        if form.page > 1 {
            w.raw("<li><a rel=\"prev\" href=\"/search?")
            w.text(form.queryString(page: form.page - 1))
            w.raw("\">Previous<span class=\"visually-hidden\"> page</span></a></li>")
        }
        w.raw("<li>Page ")
        w.text(form.page)
        w.raw(" of ")
        w.text(pages)
        w.raw("</li>")
        if results.hasMore {
            w.raw("<li><a rel=\"next\" href=\"/search?")
            w.text(form.queryString(page: form.page + 1))
            w.raw("\">Next<span class=\"visually-hidden\"> page</span></a></li>")
        }
        w.raw("</ul></nav>\n")
    }

    private func writeHelp(into w: inout HTMLWriter) {
        w.raw(
            """
            <section id="how-to-search" class="help">
            <h2>How to search</h2>
            <dl>
            <dt><code>mass casualty</code></dt><dd>Both words, anywhere in the same minute, decision or item.</dd>
            <dt><code>"mass casualty"</code></dt><dd>The exact phrase.</dd>
            <dt><code>casual*</code></dt><dd>Words beginning with “casual”: casualty, casualties.</dd>
            <dt><code>prevent OR channel</code></dt><dd>Either word.</dd>
            <dt><code>-draft</code></dt><dd>Leave out results containing the word.</dd>
            </dl>
            <p>Words match their other forms (“casualties” finds “casualty”); capitals and accents do not matter.
            Other punctuation is ignored. Results are ranked by relevance, with words in headings counting most.</p>
            <p>The public record holds Part 1 items, published agendas and approved minutes.
            The same search is available as JSON from the <a href="/api/v1/openapi.json">API</a>.</p>
            </section>

            """)
    }

    /// Where a hit is shown: the meeting page, at the minute or item.
    static func href(for hit: SearchHit) -> String {
        let meeting = SitePath.meeting(partnership: hit.partnershipSlug, body: hit.bodySlug, date: hit.meetingDate).path
        switch hit.kind {
        case .minute:
            return meeting + "#" + MeetingAnchor.minute(number: hit.number, id: hit.sourceID)
        case .decision:
            // A decision's row id is the resolution's: without a minute number, land on the minutes.
            return meeting + "#" + (hit.number.map { MeetingAnchor.minute(number: $0, id: hit.sourceID) } ?? MeetingAnchor.minutes)
        case .agenda:
            return meeting + "#" + MeetingAnchor.item(hit.sourceID)
        case .document:
            return meeting + "#" + MeetingAnchor.document(hit.sourceID)
        }
    }
}
