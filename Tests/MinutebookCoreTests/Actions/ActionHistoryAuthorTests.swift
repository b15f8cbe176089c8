import MinutebookCore
import Testing

/// Action histories are read by members: an editor is named by role, never by a sign-in e-mail
/// (issue 17, item 13).
@Suite("Action history authors")
struct ActionHistoryAuthorTests {
    @Test("a signed-in editor is recorded by role, the audit keeps the account")
    func recordedByRole() {
        let editor = ActionEditor.account(auditName: "user:7:clerk@riverside.example", personID: nil, role: .secretariat)
        #expect(editor.displayName == "Secretariat")
        #expect(editor.auditName == "user:7:clerk@riverside.example")
        #expect(ActionEditor.account(auditName: "user:9:m@x.example", personID: 3, role: .member).displayName == "Member")
    }

    @Test("an entry written with an e-mail before is shown as the secretariat; names are kept")
    func olderEntries() {
        #expect(
            ActionHistoryEntry(at: "2024-01-02T10:00:00Z", authorName: "clerk@riverside.example", text: "", via: .web).shownAuthor == "Secretariat")
        #expect(ActionHistoryEntry(at: "2024-01-02T10:00:00Z", authorName: "Ann Pebble", text: "", via: .emailLink).shownAuthor == "Ann Pebble")
        #expect(ActionHistoryEntry(at: "2024-01-02T10:00:00Z", authorName: nil, text: "", via: .web).shownAuthor == "Unknown")
    }
}
