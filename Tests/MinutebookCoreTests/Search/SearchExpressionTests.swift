import Testing

@testable import MinutebookCore

@Suite("Search query language")
struct SearchExpressionTests {
    @Test(
        "what users type becomes a quoted FTS5 expression",
        arguments: zip(
            [
                "mass casualty",
                "\"mass casualty\"",
                "casual*",
                "prevent OR channel",
                "prevent OR channel OR hate",
                "knife -crime",
                "“curly quoted phrase”",
                "covid-19",
                "anti-social behaviour",
                "Ørsted café"
            ],
            [
                "\"mass\" AND \"casualty\"",
                "\"mass casualty\"",
                "\"casual\"*",
                "(\"prevent\" OR \"channel\")",
                "(\"prevent\" OR \"channel\" OR \"hate\")",
                "\"knife\" NOT \"crime\"",
                "\"curly quoted phrase\"",
                "\"covid 19\"",
                "\"anti social\" AND \"behaviour\"",
                "\"Ørsted\" AND \"café\""
            ]
        ))
    func translates(_ input: String, _ expected: String) {
        #expect(SearchExpression(parsing: input).fts5 == expected)
    }

    @Test(
        "FTS5 syntax in the input is only ever words",
        arguments: [
            "\"", "\"\"", "*", "AND", "NOT", "OR", "OR OR", "NEAR(a b)", "title:secret", "^start", "a + b", "(((", "-", "--x",
            "x\" OR \"y", "a\u{0}b", "' OR 1=1 --", "{col1 col2}: x"
        ])
    func neutralises(_ input: String) {
        let expression = SearchExpression(parsing: input)
        guard let fts = expression.fts5 else { return }
        // Every term is a double-quoted string; column filters, NEAR and anchors never survive.
        #expect(!fts.contains(":"))
        #expect(!fts.contains("^"))
        #expect(!fts.contains("NEAR("))
        #expect(fts.filter { $0 == "\"" }.count % 2 == 0)
    }

    @Test("only exclusions, or nothing usable, is an empty search")
    func empty() {
        #expect(SearchExpression(parsing: "-crime").isEmpty)
        #expect(SearchExpression(parsing: "  ** \"\" ").isEmpty)
        #expect(SearchExpression(parsing: "").fts5 == nil)
    }

    @Test("long queries are cut to a bounded number of terms")
    func bounded() {
        let input = Array(repeating: "word", count: 100).joined(separator: " ")
        #expect(SearchExpression(parsing: input).required.count == SearchExpression.maximumTerms)
    }

    @Test("snippet markers become marked fragments")
    func snippets() {
        let marked = "the \u{E000}mass casualty\u{E001} exercise"
        #expect(
            SnippetFragment.parse(marked) == [
                SnippetFragment(text: "the ", isMatch: false),
                SnippetFragment(text: "mass casualty", isMatch: true),
                SnippetFragment(text: " exercise", isMatch: false)
            ])
    }
}
