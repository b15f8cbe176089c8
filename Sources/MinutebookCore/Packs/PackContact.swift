/// "Contact for this Agenda".
public struct PackContact: Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
