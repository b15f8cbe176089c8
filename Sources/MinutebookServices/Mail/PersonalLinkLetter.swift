/// An email carrying a personal link, composed the one way: the greeting, what is asked and why, the
/// invitation with the link, what the link allows and until when, and whom to tell if the recipient
/// is no longer the right person.
public struct PersonalLinkLetter: Sendable, Equatable {
    public var to: String
    public var toName: String
    public var subject: String
    /// What is asked and why: whole paragraphs, each ending in a blank line.
    public var request: String
    /// "Please type your updates here", completed by "(no account or password needed):" and the link.
    public var invitation: String
    public var link: PersonalLink
    /// What the link allows and how long it lasts ("The link is personal to you. It works once and expires ...").
    public var terms: String
    /// "If you have moved on from this role, please reply and tell us who has taken it over."
    public var ifSomeoneElse: String

    public init(
        to: String, toName: String, subject: String, request: String, invitation: String, link: PersonalLink,
        terms: String, ifSomeoneElse: String
    ) {
        self.to = to
        self.toName = toName
        self.subject = subject
        self.request = request
        self.invitation = invitation
        self.link = link
        self.terms = terms
        self.ifSomeoneElse = ifSomeoneElse
    }

    /// The plain-text email, its link written against the site's address `baseURL`.
    public func message(baseURL: String) -> MailMessage {
        var body = "Dear \(toName),\n\n"
        body += request
        body += "\(invitation) (no account or password needed):\n\(link.url(base: baseURL))\n\n"
        body += "\(terms)\n"
        body += "\(ifSomeoneElse)\n"
        return MailMessage(to: to, toName: toName, subject: subject, body: body)
    }
}
