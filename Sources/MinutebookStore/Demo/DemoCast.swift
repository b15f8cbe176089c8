import MinutebookCore

/// The organisations, posts and bodies of one invented partnership, written from its borough name.
struct DemoCast {
    struct Organisation {
        var key: String
        var name: String
        var abbreviation: String
        var sector: String
    }

    /// A job in an organisation, held by successive people. Seats are defined by posts, so when the
    /// holder changes every seat of the post passes to the successor.
    struct Post {
        var key: String
        var organisation: String
        var title: String
        /// A later title the holder may be given (promotion or restructure).
        var laterTitle: String?
        var honorific: String?
        /// Turnover per municipal year, in percent.
        var turnover: Int = 20
    }

    struct SeatPlan {
        var post: String
        var role: SeatRole
        /// Seat title when it differs from the post's ("Co-Chair (Police)").
        var title: String?
        /// The seat exists from this year index on (co-chairs arrive later), or before it only (negative).
        var fromYear: Int = 0
        var untilYear: Int?
    }

    struct BodyPlan {
        var slug: String
        var name: String
        var kind: BodyKind
        /// 1 = Monday … 5 = Friday.
        var weekday: Int
        var start: String
        var durationMinutes: Int
        /// Months of the four meetings in a municipal year.
        var months: [Int]
        var venue: String
        var noun: String
        var topics: [DemoScript.Topic]
        var seats: [SeatPlan]
    }

    let borough: String
    let county: String
    let organisations: [Organisation]
    let posts: [Post]
    let bodies: [BodyPlan]

    var partnershipName: String { "\(borough) Community Safety Partnership" }

    init(borough: String, county: String, years: Int) {
        self.borough = borough
        self.county = county
        let b = borough
        organisations = [
            Organisation(key: "council", name: "\(b) Borough Council", abbreviation: "\(Self.initials(b))BC", sector: "council"),
            Organisation(key: "police", name: "\(county) Police", abbreviation: "\(Self.initials(county))P", sector: "police"),
            Organisation(key: "fire", name: "\(county) Fire and Rescue Service", abbreviation: "\(Self.initials(county))FRS", sector: "fire"),
            Organisation(key: "ambulance", name: "\(county) Ambulance Service", abbreviation: "\(Self.initials(county))AS", sector: "ambulance"),
            Organisation(key: "probation", name: "Probation Service, \(b) Delivery Unit", abbreviation: "PS", sector: "probation"),
            Organisation(key: "icb", name: "\(county) Integrated Care Board", abbreviation: "ICB", sector: "health"),
            Organisation(key: "opcc", name: "Office of the \(county) Police and Crime Commissioner", abbreviation: "OPCC", sector: "government"),
            Organisation(key: "snb", name: "\(b) Safer Neighbourhood Board", abbreviation: "SNB", sector: "voluntary"),
            Organisation(key: "homes", name: "\(b) Homes", abbreviation: "\(Self.initials(b))H", sector: "housing"),
            Organisation(key: "harbour", name: "Kingfisher Housing Association", abbreviation: "KHA", sector: "housing"),
            Organisation(key: "victims", name: "\(county) Victim and Witness Service", abbreviation: "VWS", sector: "voluntary"),
            Organisation(key: "yjs", name: "\(b) Youth Justice Service", abbreviation: "YJS", sector: "council"),
            Organisation(key: "cvs", name: "\(b) Council for Voluntary Service", abbreviation: "CVS", sector: "voluntary"),
            Organisation(key: "refuge", name: "Lanternway Domestic Abuse Service", abbreviation: "LDAS", sector: "voluntary"),
            Organisation(key: "college", name: "\(b) College", abbreviation: "\(Self.initials(b))C", sector: "education")
        ]
        posts = [
            Post(key: "director", organisation: "council", title: "Director of Housing and Communities", turnover: 5),
            Post(key: "cabinet", organisation: "council", title: "Portfolio Holder for Public Protection", honorific: "Cllr", turnover: 15),
            Post(key: "csm", organisation: "council", title: "Head of Community Safety", turnover: 6),
            Post(
                key: "deputycsm", organisation: "council", title: "Community Safety Manager",
                laterTitle: "Deputy Head of Community Safety"),
            Post(key: "cso", organisation: "council", title: "Community Safety Officer", laterTitle: "Senior Community Safety Officer"),
            Post(key: "dso", organisation: "council", title: "Democratic Services Officer", laterTitle: "Senior Democratic Services Officer"),
            Post(key: "publichealth", organisation: "council", title: "Consultant in Public Health", honorific: "Dr"),
            Post(key: "asb", organisation: "council", title: "ASB and Enforcement Manager", laterTitle: "Head of Neighbourhood Enforcement"),
            Post(key: "earlyhelp", organisation: "council", title: "Head of Early Help and Family Support"),
            Post(key: "vawg", organisation: "council", title: "VAWG Strategy Coordinator", laterTitle: "VAWG Strategy Lead"),
            Post(key: "safeguarding", organisation: "council", title: "Assistant Director, Safeguarding and Quality"),
            Post(key: "inclusion", organisation: "council", title: "Head of Inclusion"),
            Post(key: "bc", organisation: "police", title: "Borough Commander", turnover: 0),
            Post(key: "supt", organisation: "police", title: "Superintendent, Neighbourhood Policing"),
            Post(
                key: "di", organisation: "police", title: "Detective Inspector, Public Protection",
                laterTitle: "Detective Chief Inspector, Public Protection"),
            Post(key: "iom", organisation: "police", title: "Inspector, Integrated Offender Management"),
            Post(key: "firebc", organisation: "fire", title: "Borough Fire Commander"),
            Post(key: "firesm", organisation: "fire", title: "Station Manager, Community Safety"),
            Post(key: "ambulance", organisation: "ambulance", title: "Stakeholder Engagement Manager"),
            Post(key: "probhead", organisation: "probation", title: "Head of Probation Delivery Unit", turnover: 8),
            Post(key: "probspo", organisation: "probation", title: "Senior Probation Officer"),
            Post(key: "icb", organisation: "icb", title: "Director of Place"),
            Post(key: "nurse", organisation: "icb", title: "Designated Nurse for Safeguarding Adults"),
            Post(key: "opcc", organisation: "opcc", title: "Policy and Commissioning Officer"),
            Post(key: "snb", organisation: "snb", title: "Chair, Safer Neighbourhood Board"),
            Post(key: "homes", organisation: "homes", title: "Director of Neighbourhoods"),
            Post(key: "tenancy", organisation: "harbour", title: "Tenancy Enforcement Lead"),
            Post(key: "victims", organisation: "victims", title: "Area Manager"),
            Post(key: "yjhead", organisation: "yjs", title: "Head of Youth Justice Service", turnover: 8),
            Post(key: "yjpm", organisation: "yjs", title: "Youth Justice Practice Manager"),
            Post(key: "cvs", organisation: "cvs", title: "Chief Executive"),
            Post(key: "idva", organisation: "refuge", title: "Service Manager, Independent Domestic Violence Advisers"),
            Post(key: "college", organisation: "college", title: "Head of Student Welfare")
        ]
        // Co-chairs replace the chairman and vice-chairman in the last municipal year (when there are several).
        let coChairYear = years >= 2 ? years - 1 : Int.max
        bodies = [
            BodyPlan(
                slug: "board", name: "\(b) Community Safety Partnership Board", kind: .board, weekday: 4, start: "10:00",
                durationMinutes: 125, months: [6, 9, 12, 3], venue: "\(b) Civic Centre, Committee Room 1", noun: "Board",
                topics: DemoScript.boardTopics,
                seats: [
                    SeatPlan(post: "director", role: .chairman, untilYear: coChairYear),
                    SeatPlan(post: "bc", role: .viceChairman, untilYear: coChairYear),
                    SeatPlan(post: "director", role: .coChair, title: "Co-Chair (Council)", fromYear: coChairYear),
                    SeatPlan(post: "bc", role: .coChair, title: "Co-Chair (Police)", fromYear: coChairYear),
                    SeatPlan(post: "cabinet", role: .member), SeatPlan(post: "firebc", role: .member),
                    SeatPlan(post: "ambulance", role: .member), SeatPlan(post: "probhead", role: .member),
                    SeatPlan(post: "icb", role: .member), SeatPlan(post: "opcc", role: .member),
                    SeatPlan(post: "snb", role: .member), SeatPlan(post: "homes", role: .member),
                    SeatPlan(post: "victims", role: .member), SeatPlan(post: "yjhead", role: .member),
                    SeatPlan(post: "cvs", role: .member), SeatPlan(post: "publichealth", role: .member),
                    SeatPlan(post: "csm", role: .adviser), SeatPlan(post: "dso", role: .secretariat)
                ]),
            BodyPlan(
                slug: "domestic-abuse", name: "Domestic Abuse and VAWG Sub-Group", kind: .subGroup, weekday: 2, start: "14:00",
                durationMinutes: 90, months: [5, 8, 11, 2], venue: "\(b) Civic Centre, Room 3.04", noun: "Sub-Group",
                topics: DemoScript.domesticAbuseTopics,
                seats: [
                    SeatPlan(post: "safeguarding", role: .chairman), SeatPlan(post: "di", role: .viceChairman),
                    SeatPlan(post: "vawg", role: .member), SeatPlan(post: "nurse", role: .member),
                    SeatPlan(post: "idva", role: .member), SeatPlan(post: "victims", role: .member),
                    SeatPlan(post: "probspo", role: .member), SeatPlan(post: "tenancy", role: .member),
                    SeatPlan(post: "csm", role: .adviser), SeatPlan(post: "cso", role: .secretariat)
                ]),
            BodyPlan(
                slug: "reducing-reoffending", name: "Reducing Reoffending Sub-Group", kind: .subGroup, weekday: 3, start: "10:00",
                durationMinutes: 90, months: [5, 8, 11, 2], venue: "\(b) Probation Office, Meeting Room B", noun: "Sub-Group",
                topics: DemoScript.reoffendingTopics,
                seats: [
                    SeatPlan(post: "probhead", role: .chairman), SeatPlan(post: "iom", role: .viceChairman),
                    SeatPlan(post: "probspo", role: .member), SeatPlan(post: "homes", role: .member),
                    SeatPlan(post: "cvs", role: .member), SeatPlan(post: "publichealth", role: .member),
                    SeatPlan(post: "deputycsm", role: .member), SeatPlan(post: "cso", role: .secretariat)
                ]),
            BodyPlan(
                slug: "youth-justice", name: "Youth Justice Partnership Sub-Group", kind: .subGroup, weekday: 1, start: "14:00",
                durationMinutes: 90, months: [5, 8, 11, 2], venue: "\(b) Youth Hub", noun: "Sub-Group",
                topics: DemoScript.youthTopics,
                seats: [
                    SeatPlan(post: "yjhead", role: .chairman), SeatPlan(post: "earlyhelp", role: .viceChairman),
                    SeatPlan(post: "inclusion", role: .member), SeatPlan(post: "college", role: .member),
                    SeatPlan(post: "supt", role: .member), SeatPlan(post: "deputycsm", role: .member),
                    SeatPlan(post: "yjpm", role: .secretariat)
                ]),
            BodyPlan(
                slug: "serious-violence", name: "Serious Violence Sub-Group", kind: .subGroup, weekday: 4, start: "14:00",
                durationMinutes: 90, months: [5, 8, 11, 2], venue: "\(b) Police Station, Conference Room", noun: "Sub-Group",
                topics: DemoScript.violenceTopics,
                seats: [
                    SeatPlan(post: "bc", role: .chairman), SeatPlan(post: "publichealth", role: .viceChairman),
                    SeatPlan(post: "supt", role: .member), SeatPlan(post: "college", role: .member),
                    SeatPlan(post: "yjhead", role: .member), SeatPlan(post: "ambulance", role: .member),
                    SeatPlan(post: "opcc", role: .member), SeatPlan(post: "csm", role: .member),
                    SeatPlan(post: "cso", role: .secretariat)
                ]),
            BodyPlan(
                slug: "asb", name: "ASB and Environmental Crime Sub-Group", kind: .subGroup, weekday: 5, start: "10:00",
                durationMinutes: 75, months: [5, 8, 11, 2], venue: "\(b) Civic Centre, Room 2.11", noun: "Sub-Group",
                topics: DemoScript.asbTopics,
                seats: [
                    SeatPlan(post: "asb", role: .chairman), SeatPlan(post: "supt", role: .member),
                    SeatPlan(post: "firesm", role: .member), SeatPlan(post: "tenancy", role: .member),
                    SeatPlan(post: "snb", role: .member), SeatPlan(post: "homes", role: .member),
                    SeatPlan(post: "deputycsm", role: .member), SeatPlan(post: "cso", role: .secretariat)
                ])
        ]
    }

    func post(_ key: String) -> Post? { posts.first { $0.key == key } }
    func organisationIndex(_ key: String) -> Int { organisations.firstIndex { $0.key == key } ?? 0 }

    static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap(\.first)).uppercased()
    }
}
