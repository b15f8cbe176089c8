import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// The five real documents in ../shared/samples, with values read from them by hand.
@Suite("Real sample minutes", .enabled(if: TestFiles.hasSamples, "../shared/samples is not beside this clone"))
struct SampleMinutesTests {
    func record(_ name: String) throws -> MeetingRecord {
        let url = try #require(TestFiles.sample(name))
        let records = try MinutesImporter().records(fromFile: url)
        try #require(records.count == 1)
        return records[0]
    }

    @Test("the 19 December 2017 minutes inside the March 2018 agenda pack: minutes 175-191 and their actions")
    func december2017InsidePack() throws {
        let r = try record("sbp-2018-03-26-agenda-pack.txt")
        #expect(r.body == "Safer Bromley Partnership Strategic Group")
        #expect(r.date.iso == "2017-12-19")
        #expect(r.start?.hhmm == "10:00")
        #expect(r.end?.hhmm == "12:05")
        #expect(r.nextMeeting?.date.iso == "2018-03-08")
        #expect(
            r.numbers == [
                "175", "176", "177", "178", "179", "180", "181", "182", "183", "184", "185", "186", "186a",
                "186b", "187", "188", "189", "190", "191"
            ])
        #expect(r.item("180")?.title == "Resilience Update")
        #expect(r.item("186b")?.title == "Youth Offending and Gangs Sub Group Update")
        #expect(r.item("189")?.title == "Consideration of Emerging Issues or Non-Standard Items for the Next Agenda")
        #expect(r.item("178")?.reportReference == "CSD18003")
        // Actions as the Action column shows them.
        let expected: [String: [[String]]] = [
            "180": [["LG", "TG"]], "181": [["RV"]], "183": [["LS", "JB"]], "184": [["CH"]],
            "186a": [["LS"]], "186b": [["JB"]], "187": [["CH"]], "188": [["AR"]], "189": [["AM"]]
        ]
        for item in r.items {
            #expect(item.actions.map(\.owners) == (expected[item.number ?? ""] ?? []), "minute \(item.number ?? "")")
        }
        #expect(
            r.item("180")?.resolutions == [
                "An update on the mass casualty exercise is brought to the next meeting.",
                "Victim Support is invited to participate."
            ])
        #expect(r.item("180")?.actions.first?.text == "An update on the mass casualty exercise is brought to the next meeting.")
        #expect(r.items.reduce(0) { $0 + $1.resolutions.count } == 12)
        #expect(r.item("187")?.actions.first?.ownerNames == ["Chris Hafford"])
        #expect(r.item("186b")?.actions.first?.ownerNames == ["Justin Brett"])
        #expect(r.item("180")?.actions.first?.ownerNames == ["Laurie Grasty", "Terry Gooding"])
        // Attendance.
        #expect(r.attendee("Chris Hafford", .present)?.position == .chairman)
        #expect(r.attendee("Chris Hafford", .present)?.role == "Borough Police Commander")
        #expect(r.attendance.filter { $0.status == .present }.count == 12)
        // Sham Kidane, listed under "Also present", acted as substitute: one attendee, with the job title (issue 24, item 9).
        #expect(r.attendance.filter { $0.status == .alsoPresent }.map(\.name) == ["Andrew Rogers", "Joanna Davidson", "Steve Wood"])
        #expect(r.attendee("Sham Kidane", .substitute)?.role == "LBB Head of Service for Children Looked After and Care Leavers")
        #expect(r.attendee("Sham Kidane", .substitute)?.substituteFor == "Janet Bailey")
        #expect(
            Set(r.attendance.filter { $0.status == .apologies }.map(\.name)) == [
                "Janet Bailey", "Nigel Davies", "Katie Nash", "Victoria Roberts", "Gillian Palmer", "Paul Warnett", "Philip Powell"
            ])
        // The Matters Arising report and the other reports of the pack are not minutes.
        #expect(!r.items.contains { $0.text.contains("Prevent Case Management panel meets monthly") })
    }

    @Test("16 October 2017: tab columns, scrambled lines, look-alike letters in the Action column")
    func october2017() throws {
        let r = try record("sbp-2017-10-16-minutes.txt")
        #expect(r.body == "Safer Bromley Partnership Strategic Group")
        #expect(r.date.iso == "2017-10-16")
        #expect(r.start?.hhmm == "10:00")
        #expect(r.end?.hhmm == "12:00")
        #expect(r.venue == "Bromley Civic Centre")
        #expect(r.nextMeeting == MeetingRecord.NextMeeting(date: LocalDate(year: 2017, month: 12, day: 19)!, start: LocalTime(hour: 10, minute: 0)))
        #expect(
            r.numbers == [
                "161", "162", "163", "164", "165", "166", "167", "168", "169", "170", "171", "172", "172a", "172b",
                "172d", "173", "174"
            ])
        #expect(r.warnings.contains { $0.contains("172c is missing") })
        // Lines 105-116 came out bottom-up (172a, 172, 171, 170, then the end of 169): read back in order.
        #expect(r.warnings.contains { $0.contains("scrambled") && $0.contains("172a, 172, 171, 170") })
        #expect(!r.warnings.contains { $0.contains("comes after") })
        #expect(r.item("171")?.title == "Update From London Ambulance Service")
        #expect(r.item("169")?.text.contains("Ms Baldwin felt") == true)
        #expect(r.owners("169") == [["CH"]])
        #expect(r.item("170")?.text.contains("apologies from Anne Ball") == true)
        #expect(r.item("170")?.text.contains("SNB") == false)
        #expect(r.owners("170").isEmpty)
        #expect(r.item("171")?.text.contains("not far off their numbers") == true)
        #expect(r.item("171")?.text.contains("preparing for the winter") == true)
        #expect(r.item("172")?.text.isEmpty == true)
        #expect(r.item("172a")?.text.hasPrefix("The Domestic Violence and VAWG") == true)
        #expect(r.owners("172a") == [["VR"], ["CH"], ["VR"]])
        // Minute 166: two fragments printed twice by the extraction are dropped.
        #expect(r.warnings.filter { $0.contains("printed it twice") }.count == 2)
        #expect(r.item("166")?.text.components(separatedBy: "Members also noted").count == 2)
        #expect(r.item("166")?.text.contains("for information and noting. Members also noted") == true)
        #expect(r.item("164")?.reportReference == "CSD17154")
        // Cyrillic "СН" in the Action column reads as CH, the Chairman.
        #expect(r.owners("161") == [["CH"]])
        #expect(r.item("161")?.actions.first?.ownerNames == ["Chris Hafford"])
        #expect(r.owners("164") == [["LG", "SW"]])
        #expect(r.owners("165") == [["DB", "CH"]])
        #expect(r.owners("166") == [["ND", "SC"]])
        #expect(r.owners("167") == [["VR", "DD"]])
        #expect(r.owners("173") == [["DB"]])
        // RESOLVED that (1)...(4), each with its code; an Arabic-Indic digit stands for an A.
        #expect(r.item("172b")?.resolutions.count == 4)
        #expect(r.owners("172b") == [["DE"], ["AN"], ["BN"], ["BN"]])
        #expect(r.warnings.contains("line 138: action column 'BN' matches no attendee"))
        #expect(r.item("162")?.resolutions == ["The minutes of the meeting held on 6 th July 2017 be approved."])
        #expect(r.item("164")?.resolutions == ["The Matters Arising report be noted."])
        #expect(r.item("167")?.postMeetingNotes == ["Xanax is a brand name for Alprazolam"])
        // Attendance, including substitutes written as sentences.
        #expect(r.attendee("Chris Hafford", .present)?.position == .chairman)
        #expect(r.attendee("Nigel Davies", .present)?.position == .viceChairman)
        #expect(r.attendee("Betty McDonald", .present)?.role == "Head of Service-YOS")
        #expect(r.attendance.filter { $0.status == .present }.count == 10)
        #expect(r.attendee("Chris Pierce", .substitute)?.substituteFor == "Kate Lymer")
        #expect(r.attendee("Chris Pierce", .alsoPresent) == nil)
        #expect(
            Set(r.attendance.filter { $0.status == .apologies }.map(\.name)).isSuperset(of: [
                "Laurie Grasty", "Anne Ball", "Kate Lymer", "Janet Bailey", "Joanna Davidson", "Dan Jones"
            ]))
        #expect(!r.attendance.contains { $0.name == "Borough Fire Commander" && $0.status == .apologies })
    }

    @Test(
        "6 September 2018 as text and again inside the November 2018 Markdown pack give the same meeting",
        arguments: ["sbp-2018-09-06-minutes.txt", "sbp-2018-11-29-agenda-pack.md"])
    func september2018(_ name: String) throws {
        let r = try record(name)
        #expect(r.body == "Safer Bromley Partnership Strategic Group")
        #expect(r.date.iso == "2018-09-06")
        #expect(r.start?.hhmm == "10:00")
        #expect(r.end?.hhmm == "12:05")
        #expect(r.nextMeeting?.date.iso == "2018-11-29")
        #expect(r.nextMeeting?.start?.hhmm == "10:00")
        var numbers = (20...35).map(String.init)
        numbers += ["35a", "35b", "35c", "36", "37", "38", "39"]
        #expect(r.numbers == numbers)
        #expect(r.item("25")?.title == "Presentation From the Organised Crime Command")
        #expect(r.item("35b")?.title == "Youth Offending Service Sub Group Update")
        #expect(r.item("22")?.reportReference == "CSD18129")
        #expect(r.owners("25") == [["Group"]])
        #expect(r.owners("27") == [["RV", "SW"]])
        #expect(r.item("27")?.actions.first?.ownerNames == ["Rob Vale", "Stephen Wood"])
        #expect(r.owners("29") == [["AB"]])
        #expect(r.item("29")?.actions.first?.ownerNames == ["Anne Ball"])
        #expect(r.items.filter { !$0.actions.isEmpty }.count == 3)
        #expect(r.item("29")?.resolutions == ["A further update on the development of the Safer Bromley Strategy be provided at the next meeting."])
        #expect(r.items.reduce(0) { $0 + $1.resolutions.count } == 3)
        #expect(r.attendee("Kate Lymer", .present)?.position == .chairman)
        #expect(r.attendee("Craig Knight", .present)?.role == "MET Police")
        #expect(r.attendance.filter { $0.status == .present }.count == 11)
        #expect(r.attendance.filter { $0.status == .alsoPresent }.count == 3)
        #expect(r.attendee("Yvonne Harding", .substitute)?.substituteFor == "Betty McDonald")
        #expect(r.attendee("Julie Clark", .substitute)?.substituteFor == "Joanna Davidson")
        #expect(r.attendee("Betty McDonald", .apologies) != nil)
        #expect(r.attendance.filter { $0.status == .apologies }.count == 11)
    }

    @Test("the 6 December 2023 minutes inside the February 2024 pack: co-chaired board, virtual attendance")
    func december2023() throws {
        let r = try record("sbp-2024-02-29-agenda-pack.txt")
        #expect(r.body == "Safer Bromley Partnership Board")
        #expect(r.date.iso == "2023-12-06")
        #expect(r.start?.hhmm == "10:00")
        #expect(r.nextMeeting?.date.iso == "2024-02-29")
        #expect(r.numbers == (83...92).map(String.init))
        #expect(r.item("88")?.title == "Draft SBP Strategy Outline and Delivery Plan")
        #expect(r.item("85")?.title == "Matters Arising")
        #expect(r.item("85")?.reportReference == "CSD23153")
        #expect(r.attendee("Luke Baldock", .present)?.position == .chairman)
        #expect(r.attendee("Chris Line", .present)?.position == .viceChairman)
        #expect(r.attendee("Alison Stammers", .present) != nil)
        #expect(r.attendee("Judie Obeya", .present)?.role == "Neighbourhood Investment Manager")
        #expect(Set(r.attendance.filter { $0.status == .virtual }.map(\.name)) == ["Emily Wren", "Amanda Mumford", "Finola O'Driscoll"])
        #expect(
            Set(r.attendance.filter { $0.status == .apologies }.map(\.name)) == [
                "Lucien Spencer", "Louise Watkinson", "Richard Baldwin", "Vicky West", "Betty McDonald"
            ])
        // Cyrillic "КР" reads as KP.
        #expect(r.owners("91") == [["KP"]])
        #expect(r.item("91")?.actions.first?.ownerNames == ["Karen Proudfoot"])
        #expect(r.items.flatMap(\.actions).map(\.owners) == [["LW", "KP"], ["KP"]])
        #expect(r.items.reduce(0) { $0 + $1.resolutions.count } == 6)
        #expect(r.item("86")?.resolutions.first?.hasPrefix("The Quarter 2 update be noted") == true)
        // Minute 88's resolution and its Action column row came out under minute 89's heading.
        #expect(r.warnings.contains { $0.contains("scrambled") && $0.contains("minute 89") })
        #expect(r.item("88")?.resolutions == ["The update regarding the Draft SBP Strategy (2024-27) and the proposed Delivery Plan be noted."])
        #expect(r.owners("88") == [["LW", "KP"]])
        #expect(r.item("88")?.text.contains("Autumn Crime Summit") == false)
        #expect(r.item("89")?.text.hasPrefix("The Safer Neighbourhood Board (SNB) update") == true)
        #expect(r.item("89")?.resolutions == ["The SNB update be noted."])
        #expect(r.owners("89").isEmpty)
    }

    @Test(
        "nobody is listed twice: a substitute named in the apologies minute is the attendee listed above, not a second line",
        arguments: [
            "sbp-2017-10-16-minutes.txt", "sbp-2018-03-26-agenda-pack.txt", "sbp-2018-09-06-minutes.txt",
            "sbp-2018-11-29-agenda-pack.md", "sbp-2024-02-29-agenda-pack.txt"
        ])
    func everyoneOnce(_ name: String) throws {
        let r = try record(name)
        let keys = r.attendance.map { $0.name.lowercased() }
        #expect(Set(keys).count == keys.count, "listed twice: \(keys.filter { k in keys.filter { $0 == k }.count > 1 })")
    }
}
