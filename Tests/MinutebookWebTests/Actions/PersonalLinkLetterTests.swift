import Foundation
import MinutebookCore
import MinutebookServices
import Testing

/// Both emailed personal links (action updates, sub-group reports) are composed by one letter and
/// written against the site's address by one rule; the wording each recipient gets is pinned here.
@Suite("Personal-link letters")
struct PersonalLinkLetterTests {
    static let token = String(repeating: "k", count: 43)

    @Test(
        "the site's address loses one trailing slash, and each link has its own path",
        arguments: [
            ("https://minutes.example", "https://minutes.example"),
            ("https://minutes.example/", "https://minutes.example"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080")
        ])
    func siteAddress(base: String, expected: String) {
        #expect(PersonalLink.siteAddress(base) == expected)
        #expect(PersonalLink.updates(token: Self.token).url(base: base) == "\(expected)/updates/\(Self.token)")
        #expect(PersonalLink.report(token: Self.token).url(base: base) == "\(expected)/report-links/\(Self.token)")
    }

    @Test("an owner's update request reads as before: their actions, the link, its terms")
    func updateRequest() throws {
        let date = try #require(LocalDate(iso: "2031-05-14"))
        let mail = UpdateRequestMail(
            personID: 4, name: "Orla Penhaligon", email: "orla@riverside.example", token: Self.token,
            expires: "2031-05-28T23:59:59Z", meetingDate: date, bodyName: "Riverside Board",
            actions: [
                UpdateRequestAction(
                    actionID: 1, minuteLabel: "Minute 12a, 2 April 2031", title: "Lantern Walk survey",
                    resolved: "Survey the towpath lighting", latestUpdate: "Quotes invited"),
                UpdateRequestAction(
                    actionID: 2, minuteLabel: "Minute 14, 2 April 2031", title: "Quiet Hours leaflet",
                    resolved: "Draft the leaflet", latestUpdate: nil)
            ])
        let message = UpdateRequestMailer.message(for: mail, kind: .request, baseURL: "https://minutes.example/")
        #expect(message.to == "orla@riverside.example" && message.toName == "Orla Penhaligon")
        #expect(message.subject == "Update requested: Riverside Board, 14 May 2031")
        #expect(
            message.body == """
                Dear Orla Penhaligon,

                The Riverside Board meets on \(date.longWithWeekday). We are preparing the Matters Arising report and would be grateful for an update on your 2 actions:

                * Minute 12a, 2 April 2031: Lantern Walk survey
                  Resolved: Survey the towpath lighting
                  Latest update: Quotes invited

                * Minute 14, 2 April 2031: Quiet Hours leaflet
                  Resolved: Draft the leaflet

                Please type your updates here (no account or password needed):
                https://minutes.example/updates/\(Self.token)

                The link is personal to you and shows only your actions. It works once and expires on 2031-05-28.
                If you have moved on from this role, please reply and tell us who has taken it over.

                """)
        let reminder = UpdateRequestMailer.message(for: mail, kind: .reminder, baseURL: "https://minutes.example")
        #expect(reminder.subject == "Reminder: Update requested: Riverside Board, 14 May 2031")
        #expect(
            reminder.body.hasPrefix(
                "Dear Orla Penhaligon,\n\nA reminder: the Riverside Board meets on \(date.longWithWeekday) and we have not yet had your update.\n\n* Minute 12a"
            ))
    }

    @Test("a chair's report request reads as before: the meeting, the deadline, the link, its terms")
    func reportRequest() throws {
        let date = try #require(LocalDate(iso: "2031-05-14"))
        let deadline = SubGroupReportRules.deadline(for: date)
        let mail = ReportRequestMail(
            personID: 2, name: "Bram Tollis", email: "bram@riverside.example", token: Self.token,
            expires: deadline.iso + "T23:59:59Z", subGroupName: "Youth Justice Group",
            boardName: "Riverside Board", meetingDate: date, deadline: deadline)
        let message = ReportRequestMailer.message(for: mail, baseURL: "https://minutes.example")
        #expect(
            message.body == """
                Dear Bram Tollis,

                The Riverside Board meets on \(date.longWithWeekday). As chair of the Youth Justice Group, please file the sub-group's report by \(deadline.longWithWeekday).

                The report has the usual headings: author, date of the last board, operational update, strategic update, action plan update, and any action for the partnership (each becomes a proposed resolution of the board).

                Please fill it in here (no account or password needed):
                https://minutes.example/report-links/\(Self.token)

                The link is personal to you. It works once and expires at the end of \(deadline.long).
                If you no longer chair the group, please reply and tell us who does.

                """)
    }
}
