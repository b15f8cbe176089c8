import GRDB
import MinutebookCore

extension GRDBSetupRepository: PeopleSetupRepository {
    public func directory(of partnershipID: Int64, on date: LocalDate) async throws -> [DirectoryPerson] {
        try await database.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM person WHERE partnershipId = ? ORDER BY fullName, id", arguments: [partnershipID])
                .map { try Self.directoryPerson($0, on: date, db) }
        }
    }

    public func addPerson(
        to partnershipID: Int64, _ details: PersonDetails, on date: LocalDate,
        by editor: ActionEditor
    ) async throws -> DirectoryPerson {
        try Self.refuse(details.problems)
        guard let name = details.fullName, !name.isEmpty else { throw DomainError.invalid("Enter the person's full name") }
        return try await write(editor, "the person '\(name)'") { db in
            _ = try Self.partnership(partnershipID, db)
            let organisationID = try details.organisation.flatMap { try Self.organisationID(named: $0, in: partnershipID, create: true, db) }
            try db.execute(
                sql: "INSERT INTO person (partnershipId, fullName, organisationId, email, phone) VALUES (?, ?, ?, ?, ?)",
                arguments: [partnershipID, name, organisationID, details.email?.nilIfBlank, details.phone?.nilIfBlank])
            let id = db.lastInsertedRowID
            if let title = details.jobTitle?.nilIfBlank {
                try db.execute(
                    sql: "INSERT INTO jobTitle (personId, title, organisationId, startDate) VALUES (?, ?, ?, ?)",
                    arguments: [id, title, organisationID, date.iso])
            }
            return try Self.directoryPerson(id, on: date, db)
        }
    }

    public func editPerson(_ id: Int64, _ details: PersonDetails, on date: LocalDate, by editor: ActionEditor) async throws -> DirectoryPerson {
        try Self.refuse(details.problems)
        return try await write(editor, "the person") { db in
            let current = try Self.directoryPerson(id, on: date, db)
            let partnershipID = current.person.partnershipID
            if let name = details.fullName {
                try db.execute(sql: "UPDATE person SET fullName = ? WHERE id = ?", arguments: [name, id])
            }
            if let email = details.email { try db.execute(sql: "UPDATE person SET email = ? WHERE id = ?", arguments: [email.nilIfBlank, id]) }
            if let phone = details.phone { try db.execute(sql: "UPDATE person SET phone = ? WHERE id = ?", arguments: [phone.nilIfBlank, id]) }
            var organisationID = try Int64.fetchOne(db, sql: "SELECT organisationId FROM person WHERE id = ?", arguments: [id])
            if let organisation = details.organisation {
                organisationID = try organisation.nilIfBlank.flatMap { try Self.organisationID(named: $0, in: partnershipID, create: true, db) }
                try db.execute(sql: "UPDATE person SET organisationId = ? WHERE id = ?", arguments: [organisationID, id])
            }
            if let title = details.jobTitle, title != (current.jobTitle ?? "") {
                try Self.changeJobTitle(personID: id, to: title.nilIfBlank, organisationID: organisationID, on: date, db)
            }
            return try Self.directoryPerson(id, on: date, db)
        }
    }

    public func mergePerson(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> DirectoryPerson {
        guard droppedID != keptID else { throw DomainError.invalid("a person cannot be merged into themselves") }
        return try await write(editor, "the merged person") { db in
            let kept = try Self.personRow(keptID, db)
            let dropped = try Self.personRow(droppedID, db)
            guard (kept["partnershipId"] as Int64) == (dropped["partnershipId"] as Int64) else {
                throw DomainError.invalid("the two people belong to different partnerships")
            }
            // The kept record keeps its own fields and takes the dropped one's where it has none.
            try db.execute(
                sql: """
                    UPDATE person SET email = coalesce(email, ?), phone = coalesce(phone, ?), organisationId = coalesce(organisationId, ?),
                           honorific = coalesce(honorific, ?), initials = coalesce(initials, ?), leftOn = coalesce(leftOn, ?)
                    WHERE id = ?
                    """,
                arguments: [
                    dropped["email"], dropped["phone"], dropped["organisationId"], dropped["honorific"],
                    dropped["initials"], dropped["leftOn"], keptID
                ])
            try References.move("person", from: droppedID, to: keptID, db)
            try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [droppedID])
            return try Self.directoryPerson(keptID, on: Self.today(db), db)
        }
    }

    public func markLeft(_ id: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> DirectoryPerson {
        try await write(editor, "the person") { db in
            _ = try Self.personRow(id, db)
            if let start = try String.fetchOne(
                db,
                sql: """
                    SELECT min(startDate) FROM seatHolding WHERE personId = ? AND (endDate IS NULL OR endDate > ?) AND startDate > ?
                    """, arguments: [id, date.iso, date.iso])
            {
                throw DomainError.invalid("they hold a seat from \(LocalDate(iso: start)?.long ?? start), after \(date.long): end that seat first")
            }
            try db.execute(
                sql: "UPDATE seatHolding SET endDate = ? WHERE personId = ? AND (endDate IS NULL OR endDate > ?)",
                arguments: [date.iso, id, date.iso])
            try db.execute(
                sql: "UPDATE jobTitle SET endDate = ? WHERE personId = ? AND startDate <= ? AND (endDate IS NULL OR endDate > ?)",
                arguments: [date.iso, id, date.iso, date.iso])
            try db.execute(sql: "UPDATE person SET leftOn = ? WHERE id = ?", arguments: [date.iso, id])
            return try Self.directoryPerson(id, on: date, db)
        }
    }

    // MARK: - Organisations

    public func addOrganisation(to partnershipID: Int64, _ details: OrganisationDetails, by editor: ActionEditor) async throws -> Organisation {
        try Self.refuse(details.problems)
        return try await write(editor, "the organisation '\(details.name)'") { db in
            _ = try Self.partnership(partnershipID, db)
            if try Self.organisationID(named: details.name, in: partnershipID, create: false, db) != nil {
                throw DomainError.conflict("the partnership already has an organisation called '\(details.name)'")
            }
            try db.execute(
                sql: "INSERT INTO organisation (partnershipId, name, abbreviation) VALUES (?, ?, ?)",
                arguments: [partnershipID, details.name, details.abbreviation])
            return try Self.organisation(db.lastInsertedRowID, db)
        }
    }

    public func editOrganisation(_ id: Int64, _ details: OrganisationDetails, by editor: ActionEditor) async throws -> Organisation {
        try Self.refuse(details.problems)
        return try await write(editor, "the organisation '\(details.name)'") { db in
            let current = try Self.organisation(id, db)
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM organisation WHERE partnershipId = ? AND name = ? COLLATE NOCASE AND id <> ?)",
                arguments: [current.partnershipID, details.name, id]) == true
            {
                throw DomainError.conflict("the partnership already has an organisation called '\(details.name)': merge the two instead")
            }
            try db.execute(
                sql: "UPDATE organisation SET name = ?, abbreviation = ? WHERE id = ?", arguments: [details.name, details.abbreviation, id])
            return try Self.organisation(id, db)
        }
    }

    public func mergeOrganisation(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> Organisation {
        guard droppedID != keptID else { throw DomainError.invalid("an organisation cannot be merged into itself") }
        return try await write(editor, "the merged organisation") { db in
            let kept = try Self.organisation(keptID, db)
            let dropped = try Self.organisation(droppedID, db)
            guard kept.partnershipID == dropped.partnershipID else {
                throw DomainError.invalid("the two organisations belong to different partnerships")
            }
            try db.execute(
                sql: "UPDATE organisation SET abbreviation = coalesce(abbreviation, ?) WHERE id = ?",
                arguments: [dropped.abbreviation, keptID])
            try References.move("organisation", from: droppedID, to: keptID, db)
            try db.execute(sql: "DELETE FROM organisation WHERE id = ?", arguments: [droppedID])
            return try Self.organisation(keptID, db)
        }
    }

    // MARK: - Reading back

    static func personRow(_ id: Int64, _ db: Database) throws -> Row {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("there is no person \(id)")
        }
        return row
    }

    static func directoryPerson(_ id: Int64, on date: LocalDate, _ db: Database) throws -> DirectoryPerson {
        let row = try personRow(id, db)
        let title = try String.fetchOne(
            db,
            sql: """
                SELECT title FROM jobTitle WHERE personId = ? AND startDate <= ? AND (endDate IS NULL OR endDate >= ?)
                ORDER BY startDate DESC, id DESC LIMIT 1
                """, arguments: [id, date.iso, date.iso])
        let organisation = try String.fetchOne(db, sql: "SELECT name FROM organisation WHERE id = ?", arguments: [row["organisationId"] as Int64?])
        let seats = try String.fetchAll(
            db,
            sql: """
                SELECT s.title || ' (' || b.name || ')' FROM seatHolding h JOIN seat s ON s.id = h.seatId JOIN body b ON b.id = s.bodyId
                WHERE h.personId = ? AND h.startDate <= ? AND (h.endDate IS NULL OR h.endDate >= ?) ORDER BY b.name, s.position
                """, arguments: [id, date.iso, date.iso])
        return DirectoryPerson(
            person: Rows.person(row), jobTitle: title, organisation: organisation, phone: row["phone"],
            leftOn: Rows.date(row["leftOn"]), seats: seats)
    }

    static func organisation(_ id: Int64, _ db: Database) throws -> Organisation {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("there is no organisation \(id)")
        }
        return Rows.organisation(row)
    }

    /// The organisation called `name` (or abbreviated so), created when asked and missing.
    static func organisationID(named name: String, in partnershipID: Int64, create: Bool, _ db: Database) throws -> Int64? {
        if let id = try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM organisation WHERE partnershipId = ? AND (name = ? COLLATE NOCASE OR abbreviation = ? COLLATE NOCASE)
                ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1
                """, arguments: [partnershipID, name, name, name])
        {
            return id
        }
        guard create else { return nil }
        try db.execute(sql: "INSERT INTO organisation (partnershipId, name) VALUES (?, ?)", arguments: [partnershipID, name])
        return db.lastInsertedRowID
    }

    /// Ends the current job title the day before `date` (or replaces one that started that day) and starts the new one.
    static func changeJobTitle(personID: Int64, to title: String?, organisationID: Int64?, on date: LocalDate, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM jobTitle WHERE personId = ? AND startDate >= ?", arguments: [personID, date.iso])
        try db.execute(
            sql: "UPDATE jobTitle SET endDate = ? WHERE personId = ? AND (endDate IS NULL OR endDate >= ?)",
            arguments: [date.adding(days: -1).iso, personID, date.iso])
        if let title {
            try db.execute(
                sql: "INSERT INTO jobTitle (personId, title, organisationId, startDate) VALUES (?, ?, ?, ?)",
                arguments: [personID, title, organisationID, date.iso])
        }
    }

    static func today(_ db: Database) throws -> LocalDate {
        try String.fetchOne(db, sql: "SELECT date('now')").flatMap { LocalDate(iso: $0) } ?? LocalDate(dayNumber: 0)
    }
}

extension String {
    var nilIfBlank: String? { trimmingCharacters(in: .whitespaces).isEmpty ? nil : self }
}
