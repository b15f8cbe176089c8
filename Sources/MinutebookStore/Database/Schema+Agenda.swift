import GRDB

extension Schema {
    /// Agenda templates, the forward plan with its history, and the agenda columns the pack needs.
    static func v4Agenda(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE agendaTemplateItem (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    title TEXT NOT NULL CHECK (title <> ''),
                    standingKind TEXT CHECK (standingKind IS NULL OR standingKind IN ('welcome','apologies','previous_minutes',
                        'matters_arising','questions','chairmans_update','sub_group_reports','forward_plan','risk_log',
                        'any_other_business','next_meeting')),
                    description TEXT,
                    UNIQUE (bodyId, position)
                );

                CREATE TABLE forwardPlanItem (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (title <> ''),
                    proposer TEXT NOT NULL CHECK (proposer <> ''),
                    leadOfficer TEXT,
                    targetMeetingId INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
                    status TEXT NOT NULL DEFAULT 'proposed'
                        CHECK (status IN ('proposed','scheduled','deferred','taken','dropped')),
                    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2)),
                    exemptReason TEXT,
                    notes TEXT,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    CHECK (part = 1 OR exemptReason IS NOT NULL),
                    CHECK (status <> 'scheduled' OR targetMeetingId IS NOT NULL)
                );
                CREATE INDEX forwardPlanItem_on_body ON forwardPlanItem(bodyId, status);
                CREATE INDEX forwardPlanItem_on_target ON forwardPlanItem(targetMeetingId);

                -- Every status change or move of a forward-plan item, with the dates it moved between.
                CREATE TABLE forwardPlanMove (
                    id INTEGER PRIMARY KEY,
                    forwardPlanItemId INTEGER NOT NULL REFERENCES forwardPlanItem(id) ON DELETE CASCADE,
                    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    statusFrom TEXT CHECK (statusFrom IS NULL OR statusFrom IN ('proposed','scheduled','deferred','taken','dropped')),
                    statusTo TEXT NOT NULL CHECK (statusTo IN ('proposed','scheduled','deferred','taken','dropped')),
                    fromDate TEXT CHECK (fromDate IS NULL OR date(fromDate, '+0 days') IS fromDate),
                    toDate TEXT CHECK (toDate IS NULL OR date(toDate, '+0 days') IS toDate),
                    reason TEXT
                );
                CREATE INDEX forwardPlanMove_on_item ON forwardPlanMove(forwardPlanItemId, id);

                ALTER TABLE agendaItem ADD COLUMN level INTEGER NOT NULL DEFAULT 0 CHECK (level IN (0,1));
                ALTER TABLE agendaItem ADD COLUMN description TEXT;
                ALTER TABLE agendaItem ADD COLUMN expectsReport INTEGER NOT NULL DEFAULT 0 CHECK (expectsReport IN (0,1));
                ALTER TABLE agendaItem ADD COLUMN forwardPlanItemId INTEGER REFERENCES forwardPlanItem(id) ON DELETE SET NULL;
                CREATE INDEX agendaItem_on_forwardPlan ON agendaItem(forwardPlanItemId);
                CREATE INDEX document_on_item_version ON document(agendaItemId, version);

                ALTER TABLE partnership ADD COLUMN questionsWorkingDays INTEGER NOT NULL DEFAULT 4
                    CHECK (questionsWorkingDays BETWEEN 0 AND 60);
                ALTER TABLE partnership ADD COLUMN contactPhone TEXT;
                """)
        for table in ["agendaTemplateItem", "forwardPlanItem", "forwardPlanMove", "agendaItem", "partnership", "document"] {
            try Audit.installTriggers(on: table, db)
        }
    }
}
