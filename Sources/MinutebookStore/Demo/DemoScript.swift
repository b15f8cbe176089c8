/// What the demo's meetings talk about: invented topics with narrative, decisions and actions.
/// ScriptValues: {noun} the body ("Board"), {lead} the presenting officer, {ward}, {ward2}, {pct},
/// {n}, {quarter} ("Quarter 2"), {borough}.
enum DemoScript {
    struct ActionIdea {
        var text: String
        /// Post keys of the owners (one or two).
        var owners: [String]
    }

    struct Topic {
        var title: String
        var lead: String
        var narrative: [String]
        var resolutions: [String]
        var actions: [ActionIdea]
        /// Set for Part 2 (exempt) topics.
        var exemptReason: String?
    }

    static let exemptIndividual = "Information relating to an individual"
    static let exemptIdentity = "Information likely to reveal the identity of an individual"
    static let exemptFinancial = "Information about the financial or business affairs of a particular person"
    static let exemptCrime = "Information about action in connection with the prevention or investigation of crime"

    static let openings = [
        "{lead} introduced the report, which set out performance for {quarter}.",
        "The {noun} received a report from {lead}.",
        "{lead} gave a presentation and answered members' questions."
    ]
    static let observations = [
        "Recorded offences had fallen by {pct}% against the same period last year, with the largest reduction in {ward}.",
        "Demand had risen by {pct}% in {ward} and {ward2}, which officers linked to the longer evenings.",
        "Members asked whether the figures for {ward} reflected under-reporting; {lead} agreed to look at this.",
        "{n} referrals had been received in the quarter, {pct}% of them from partner agencies.",
        "The {noun} welcomed the joint work between housing officers and the neighbourhood team in {ward}.",
        "It was noted that the next quarter's figures would include the new recording rules.",
        "Members discussed how to reach residents who do not use online reporting."
    ]

    static let boardTopics: [Topic] = [
        Topic(
            title: "Crime and Performance Update", lead: "bc",
            narrative: ["The {noun} considered the crime and performance dashboard for {quarter}."],
            resolutions: [
                "The performance update is noted.",
                "Ward-level figures for {ward} are brought to the next meeting."
            ],
            actions: [
                ActionIdea(text: "Bring ward-level figures for {ward} to the next meeting.", owners: ["bc"]),
                ActionIdea(text: "Circulate the dashboard to members a week before each meeting.", owners: ["csm"])
            ]),
        Topic(
            title: "Community Safety Strategy and Delivery Plan", lead: "csm",
            narrative: [
                "{lead} reported on the delivery plan's three priorities: Prevention, People and Places.",
                "Exception reporting showed two actions rated amber and one rated red."
            ],
            resolutions: [
                "Progress against the delivery plan is noted.",
                "Lead officers for the red-rated action report back with a recovery plan."
            ],
            actions: [ActionIdea(text: "Prepare a recovery plan for the red-rated delivery plan action.", owners: ["csm", "supt"])]),
        Topic(
            title: "Risk Register Review", lead: "csm",
            narrative: [
                "The {noun} reviewed the partnership risk register.",
                "The risk relating to short-term funding of outreach services was raised from medium to high."
            ],
            resolutions: ["The revised risk register is agreed."],
            actions: [ActionIdea(text: "Update the risk register with the revised funding risk score.", owners: ["csm"])]),
        Topic(
            title: "Serious Violence Duty: Strategic Needs Assessment", lead: "publichealth",
            narrative: [
                "{lead} presented the refreshed strategic needs assessment.",
                "Most incidents involving young people occurred between 3pm and 7pm near transport hubs."
            ],
            resolutions: ["The strategic needs assessment is endorsed for publication."],
            actions: [
                ActionIdea(text: "Publish the needs assessment summary on the partnership web pages.", owners: ["publichealth"]),
                ActionIdea(text: "Share after-school hotspot mapping with the College and schools.", owners: ["supt", "college"])
            ]),
        Topic(
            title: "Night-Time Economy and Licensing", lead: "asb",
            narrative: [
                "{lead} reported on the summer night-time economy operation in {ward}.",
                "Street pastors and venue staff had completed vulnerability training."
            ],
            resolutions: ["The night-time economy report is noted.", "The winter operation plan comes to the next meeting."],
            actions: [ActionIdea(text: "Bring the winter night-time economy plan to the next meeting.", owners: ["bc", "asb"])]),
        Topic(
            title: "Hate Crime Awareness", lead: "cvs",
            narrative: [
                "{lead} described the third-party reporting centres run by voluntary groups.",
                "Reports had increased by {pct}%, which partners read as growing confidence to report."
            ],
            resolutions: ["The work of the third-party reporting centres is welcomed."],
            actions: [ActionIdea(text: "Arrange training for two further third-party reporting centres.", owners: ["cvs"])]),
        Topic(
            title: "Fire Safety in Residential Blocks", lead: "firebc",
            narrative: [
                "{lead} updated the {noun} on joint fire safety visits to residential blocks.",
                "{n} home fire safety visits had been completed, {pct}% of them to residents referred by housing."
            ],
            resolutions: ["The fire safety update is noted."],
            actions: [ActionIdea(text: "Share the list of blocks awaiting joint visits with housing providers.", owners: ["firebc", "homes"])]),
        Topic(
            title: "Police and Crime Commissioner Funding", lead: "opcc",
            narrative: [
                "{lead} set out the Commissioner's grant allocation for the year.",
                "The allocation was unchanged in cash terms, a real-terms reduction."
            ],
            resolutions: ["The grant allocation is noted.", "The spending plan is delegated to the Head of Community Safety."],
            actions: [ActionIdea(text: "Submit the grant spending plan to the Commissioner's office.", owners: ["csm", "opcc"])]),
        Topic(
            title: "Prevent Update", lead: "deputycsm",
            narrative: [
                "{lead} gave the Prevent update, including training completed across partner agencies.",
                "{n} staff had completed awareness training this year."
            ],
            resolutions: ["The Prevent update is noted."],
            actions: [ActionIdea(text: "Circulate the Prevent training offer to all partner agencies.", owners: ["deputycsm"])]),
        Topic(
            title: "Domestic Homicide Review: Case Update", lead: "safeguarding",
            narrative: [
                "{lead} updated the {noun} on the progress of the review and the family's involvement.",
                "The draft overview report would go to the Home Office quality panel."
            ],
            resolutions: ["The draft review is approved for submission to the quality panel."],
            actions: [ActionIdea(text: "Submit the draft review to the quality panel.", owners: ["safeguarding"])],
            exemptReason: exemptIndividual),
        Topic(
            title: "Recommissioning of Outreach Services: Tender Evaluation", lead: "csm",
            narrative: [
                "{lead} presented the tender evaluation and the preferred bidder's pricing.",
                "Members discussed the bidders' staffing models and the transition of existing cases."
            ],
            resolutions: ["The contract is awarded to the preferred bidder subject to due diligence."],
            actions: [ActionIdea(text: "Complete due diligence on the preferred bidder.", owners: ["csm"])],
            exemptReason: exemptFinancial)
    ]

    static let domesticAbuseTopics: [Topic] = [
        Topic(
            title: "MARAC Performance", lead: "di",
            narrative: ["{lead} reported {n} cases heard at MARAC in {quarter}, with a repeat rate of {pct}%."],
            resolutions: ["The MARAC performance report is noted."],
            actions: [ActionIdea(text: "Audit a sample of repeat MARAC referrals.", owners: ["di", "idva"])]),
        Topic(
            title: "Independent Domestic Violence Adviser Service", lead: "idva",
            narrative: [
                "{lead} described caseloads and waiting times in the IDVA service.",
                "High-risk cases were allocated within one working day."
            ],
            resolutions: ["The IDVA service update is noted."],
            actions: [ActionIdea(text: "Report IDVA waiting times by referral route.", owners: ["idva"])]),
        Topic(
            title: "VAWG Strategy Action Plan", lead: "vawg",
            narrative: ["{lead} reported progress on the VAWG action plan, including the safe spaces scheme in {ward}."],
            resolutions: ["Progress on the VAWG action plan is noted."],
            actions: [ActionIdea(text: "Extend the safe spaces scheme to {ward2}.", owners: ["vawg"])]),
        Topic(
            title: "Safe Accommodation Needs Assessment", lead: "tenancy",
            narrative: ["{lead} presented findings on refuge and dispersed accommodation demand."],
            resolutions: ["The needs assessment is endorsed."],
            actions: [ActionIdea(text: "Map move-on accommodation available from housing providers.", owners: ["tenancy", "vawg"])]),
        Topic(
            title: "Case Review: Learning from a Complex Case", lead: "nurse",
            narrative: ["{lead} summarised the agencies' contact with the family and the learning identified."],
            resolutions: ["The learning is shared with partner agencies' safeguarding leads."],
            actions: [ActionIdea(text: "Share the learning briefing with safeguarding leads.", owners: ["nurse"])],
            exemptReason: exemptIdentity)
    ]

    static let reoffendingTopics: [Topic] = [
        Topic(
            title: "Integrated Offender Management Cohort", lead: "iom",
            narrative: ["{lead} reported a cohort of {n} people, with proven reoffending down {pct}%."],
            resolutions: ["The IOM cohort report is noted."],
            actions: [ActionIdea(text: "Review cohort selection criteria with probation.", owners: ["iom", "probspo"])]),
        Topic(
            title: "Accommodation on Release", lead: "homes",
            narrative: ["{lead} reported that {pct}% of people released to the borough had settled accommodation on the first night."],
            resolutions: ["Housing and probation agree a joint release protocol."],
            actions: [ActionIdea(text: "Draft a joint release accommodation protocol.", owners: ["homes", "probspo"])]),
        Topic(
            title: "Substance Misuse Treatment Pathways", lead: "publichealth",
            narrative: ["{lead} described treatment starts for people on community orders."],
            resolutions: ["The treatment pathways report is noted."],
            actions: [ActionIdea(text: "Report treatment completion rates for people on community orders.", owners: ["publichealth"])]),
        Topic(
            title: "Employment and Training Support", lead: "cvs",
            narrative: ["{lead} presented the volunteering and training places offered by local charities."],
            resolutions: ["Partners promote the training places to their staff."],
            actions: [ActionIdea(text: "Circulate the training places list to probation practitioners.", owners: ["cvs"])])
    ]

    static let youthTopics: [Topic] = [
        Topic(
            title: "First-Time Entrants and Reoffending", lead: "yjpm",
            narrative: ["{lead} reported {n} first-time entrants in {quarter}, a change of {pct}% on last year."],
            resolutions: ["The youth justice performance report is noted."],
            actions: [ActionIdea(text: "Analyse first-time entrants by school and ward.", owners: ["yjpm"])]),
        Topic(
            title: "School Exclusions and Inclusion", lead: "inclusion",
            narrative: ["{lead} reported on suspensions and the inclusion panel's work."],
            resolutions: ["The inclusion update is noted."],
            actions: [ActionIdea(text: "Bring suspension data for children known to youth justice.", owners: ["inclusion", "yjpm"])]),
        Topic(
            title: "Youth Justice Plan", lead: "yjhead",
            narrative: ["{lead} presented the draft annual Youth Justice Plan."],
            resolutions: ["The draft Youth Justice Plan is endorsed for the Board."],
            actions: [ActionIdea(text: "Present the Youth Justice Plan to the Board.", owners: ["yjhead"])]),
        Topic(
            title: "Transitions to Adult Services", lead: "earlyhelp",
            narrative: ["{lead} described arrangements for young people turning eighteen while under supervision."],
            resolutions: ["A transitions protocol with probation is drafted."],
            actions: [ActionIdea(text: "Draft a transitions protocol with probation.", owners: ["earlyhelp", "probspo"])])
    ]

    static let violenceTopics: [Topic] = [
        Topic(
            title: "Knife Crime and Weapon Sweeps", lead: "supt",
            narrative: ["{lead} reported {n} weapons recovered in sweeps of parks and estates in {ward}."],
            resolutions: ["The enforcement update is noted."],
            actions: [ActionIdea(text: "Share sweep locations with the parks service.", owners: ["bc", "supt"])]),
        Topic(
            title: "Hospital Violence Reduction Data", lead: "ambulance",
            narrative: ["{lead} presented anonymised call-out data for assaults, up {pct}% in {ward}."],
            resolutions: ["Ambulance data is added to the quarterly dashboard."],
            actions: [ActionIdea(text: "Add ambulance assault data to the quarterly dashboard.", owners: ["ambulance", "csm"])]),
        Topic(
            title: "Contextual Safeguarding in Transport Hubs", lead: "college",
            narrative: ["{lead} described a joint patrol pilot around the bus station after college hours."],
            resolutions: ["The pilot is extended for a further term."],
            actions: [ActionIdea(text: "Evaluate the transport hub patrol pilot.", owners: ["college", "supt"])]),
        Topic(
            title: "Individuals at Risk: Partnership Tasking", lead: "supt",
            narrative: ["{lead} presented the tasking list of named young people at risk of exploitation."],
            resolutions: ["The tasking allocations are agreed."],
            actions: [ActionIdea(text: "Allocate lead professionals for the newly tasked cases.", owners: ["bc", "yjhead"])],
            exemptReason: exemptCrime)
    ]

    static let asbTopics: [Topic] = [
        Topic(
            title: "ASB Case Review Requests", lead: "asb",
            narrative: ["{lead} reported {n} case review requests, {pct}% of which met the threshold."],
            resolutions: ["The case review report is noted."],
            actions: [ActionIdea(text: "Publish the case review process in plain English.", owners: ["asb"])]),
        Topic(
            title: "Fly-Tipping Hotspots", lead: "asb",
            narrative: ["{lead} reported on fly-tipping in {ward} and {ward2}, and fixed penalty notices issued."],
            resolutions: ["Enforcement cameras are redeployed to {ward}."],
            actions: [ActionIdea(text: "Redeploy enforcement cameras to {ward}.", owners: ["asb"])]),
        Topic(
            title: "Deliberate Fires and Arson Reduction", lead: "firesm",
            narrative: ["{lead} reported {n} deliberate secondary fires, mostly refuse and grass fires."],
            resolutions: ["The arson reduction plan is noted."],
            actions: [ActionIdea(text: "Agree bin storage improvements with housing providers.", owners: ["firesm", "tenancy"])]),
        Topic(
            title: "Community MARAC: Named Cases", lead: "tenancy",
            narrative: ["{lead} presented the named cases referred to the community risk panel."],
            resolutions: ["Actions for each named case are agreed."],
            actions: [ActionIdea(text: "Complete joint visits for the named cases.", owners: ["tenancy", "supt"])],
            exemptReason: exemptIndividual)
    ]

    static let updateTexts = [
        "Work has started; an update will come to the next meeting.",
        "Draft circulated to partners for comment.",
        "Delayed by staffing changes; now in hand.",
        "Meeting arranged with the partners concerned.",
        "Figures collated; being checked before circulation."
    ]
    static let doneTexts = ["Completed and circulated to members.", "Done: reported at the meeting.", "Completed."]
    static let droppedTexts = [
        "No longer required following the change of national guidance.",
        "Withdrawn by the {noun}: overtaken by events."
    ]
    static let supersededTexts = ["Superseded by the new delivery plan action.", "Replaced by a wider review agreed by the Board."]
}
