import GRDB

/// Performance reporting (issue 9): indicators with targets and actuals, strategy and delivery
/// plan, risk register with reviews, sub-group reports, and the lead directory.
extension Schema {
    static let performanceTables = [
        "indicator", "indicatorTarget", "indicatorActual",
        "strategy", "strategyPriority", "strategyObjective", "deliveryAction", "deliveryMilestone", "deliveryActionIndicator",
        "risk", "riskReview", "subGroupReport", "subGroupReportAction", "directoryEntry"
    ]

    static func v6Performance(_ db: Database) throws {
        let month = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'"
        try db.execute(
            sql: """
                CREATE TABLE indicator (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    code TEXT NOT NULL CHECK (code <> '' AND code NOT GLOB '*[^a-z0-9-]*'),
                    name TEXT NOT NULL CHECK (name <> ''),
                    unit TEXT NOT NULL DEFAULT 'count' CHECK (unit IN ('count','percent','rate_per_1000','days','pounds')),
                    direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up','down')),
                    owner TEXT NOT NULL DEFAULT '',
                    source TEXT NOT NULL DEFAULT '',
                    amberBasisPoints INTEGER NOT NULL DEFAULT 500 CHECK (amberBasisPoints BETWEEN 0 AND 10000),
                    exceptionalBasisPoints INTEGER NOT NULL DEFAULT 1500 CHECK (exceptionalBasisPoints >= 0),
                    isPublished INTEGER NOT NULL DEFAULT 0 CHECK (isPublished IN (0,1)),
                    position INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (partnershipId, code)
                );
                CREATE INDEX indicator_on_body ON indicator(bodyId);

                CREATE TABLE indicatorTarget (
                    id INTEGER PRIMARY KEY,
                    indicatorId INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
                    yearStart TEXT NOT NULL CHECK (yearStart \(month)),
                    value REAL NOT NULL,
                    kind TEXT NOT NULL DEFAULT 'cumulative' CHECK (kind IN ('cumulative','level')),
                    activeFrom TEXT CHECK (activeFrom IS NULL OR activeFrom \(month)),
                    UNIQUE (indicatorId, yearStart)
                );

                CREATE TABLE indicatorActual (
                    id INTEGER PRIMARY KEY,
                    indicatorId INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
                    periodKind TEXT NOT NULL CHECK (periodKind IN ('month','quarter')),
                    periodStart TEXT NOT NULL CHECK (periodStart \(month)),
                    areaKind TEXT NOT NULL DEFAULT 'partnership' CHECK (areaKind IN ('partnership','ward','region')),
                    areaName TEXT NOT NULL DEFAULT '',
                    value REAL NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    CHECK ((areaKind = 'partnership') = (areaName = '')),
                    UNIQUE (indicatorId, periodKind, periodStart, areaKind, areaName)
                );

                CREATE TABLE strategy (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (title <> ''),
                    firstYear INTEGER NOT NULL CHECK (firstYear BETWEEN 1990 AND 2200),
                    lastYear INTEGER NOT NULL CHECK (lastYear BETWEEN 1990 AND 2200),
                    isPublished INTEGER NOT NULL DEFAULT 0 CHECK (isPublished IN (0,1)),
                    CHECK (lastYear >= firstYear)
                );
                CREATE INDEX strategy_on_partnership ON strategy(partnershipId);

                CREATE TABLE strategyPriority (
                    id INTEGER PRIMARY KEY,
                    strategyId INTEGER NOT NULL REFERENCES strategy(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    summary TEXT NOT NULL DEFAULT '',
                    UNIQUE (strategyId, position)
                );

                CREATE TABLE strategyObjective (
                    id INTEGER PRIMARY KEY,
                    priorityId INTEGER NOT NULL REFERENCES strategyPriority(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL CHECK (text <> ''),
                    UNIQUE (priorityId, position)
                );

                CREATE TABLE deliveryAction (
                    id INTEGER PRIMARY KEY,
                    objectiveId INTEGER NOT NULL REFERENCES strategyObjective(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    title TEXT NOT NULL CHECK (title <> ''),
                    lead TEXT NOT NULL CHECK (lead <> ''),
                    dueDate TEXT CHECK (dueDate IS NULL OR date(dueDate, '+0 days') IS dueDate),
                    status TEXT NOT NULL DEFAULT 'on_track'
                        CHECK (status IN ('not_started','on_track','at_risk','off_track','ahead','complete')),
                    progressNote TEXT NOT NULL DEFAULT '',
                    UNIQUE (objectiveId, position)
                );

                CREATE TABLE deliveryMilestone (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES deliveryAction(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (title <> ''),
                    dueDate TEXT NOT NULL CHECK (date(dueDate, '+0 days') IS dueDate),
                    completedOn TEXT CHECK (completedOn IS NULL OR date(completedOn, '+0 days') IS completedOn)
                );
                CREATE INDEX deliveryMilestone_on_action ON deliveryMilestone(actionId);

                CREATE TABLE deliveryActionIndicator (
                    actionId INTEGER NOT NULL REFERENCES deliveryAction(id) ON DELETE CASCADE,
                    indicatorId INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
                    PRIMARY KEY (actionId, indicatorId)
                );
                CREATE INDEX deliveryActionIndicator_on_indicator ON deliveryActionIndicator(indicatorId);

                CREATE TABLE risk (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    reference TEXT NOT NULL CHECK (reference <> ''),
                    title TEXT NOT NULL CHECK (title <> ''),
                    description TEXT NOT NULL DEFAULT '',
                    owner TEXT NOT NULL CHECK (owner <> ''),
                    inherentLikelihood INTEGER NOT NULL CHECK (inherentLikelihood BETWEEN 1 AND 5),
                    inherentImpact INTEGER NOT NULL CHECK (inherentImpact BETWEEN 1 AND 5),
                    residualLikelihood INTEGER NOT NULL CHECK (residualLikelihood BETWEEN 1 AND 5),
                    residualImpact INTEGER NOT NULL CHECK (residualImpact BETWEEN 1 AND 5),
                    controls TEXT NOT NULL DEFAULT '',
                    openedOn TEXT NOT NULL CHECK (date(openedOn, '+0 days') IS openedOn),
                    lastReviewedOn TEXT CHECK (lastReviewedOn IS NULL OR date(lastReviewedOn, '+0 days') IS lastReviewedOn),
                    nextReviewOn TEXT CHECK (nextReviewOn IS NULL OR date(nextReviewOn, '+0 days') IS nextReviewOn),
                    closedOn TEXT CHECK (closedOn IS NULL OR (date(closedOn, '+0 days') IS closedOn AND closedOn >= openedOn)),
                    UNIQUE (bodyId, reference)
                );

                CREATE TABLE riskReview (
                    id INTEGER PRIMARY KEY,
                    riskId INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
                    reviewedOn TEXT NOT NULL CHECK (date(reviewedOn, '+0 days') IS reviewedOn),
                    residualLikelihood INTEGER NOT NULL CHECK (residualLikelihood BETWEEN 1 AND 5),
                    residualImpact INTEGER NOT NULL CHECK (residualImpact BETWEEN 1 AND 5),
                    note TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX riskReview_on_risk ON riskReview(riskId, reviewedOn);

                CREATE TABLE subGroupReport (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','on_agenda')),
                    filedOn TEXT CHECK (filedOn IS NULL OR date(filedOn, '+0 days') IS filedOn),
                    lastBoardOn TEXT CHECK (lastBoardOn IS NULL OR date(lastBoardOn, '+0 days') IS lastBoardOn),
                    author TEXT NOT NULL DEFAULT '',
                    operationalUpdate TEXT NOT NULL DEFAULT '',
                    strategicUpdate TEXT NOT NULL DEFAULT '',
                    actionPlanUpdate TEXT NOT NULL DEFAULT '',
                    agendaItemId INTEGER REFERENCES agendaItem(id) ON DELETE SET NULL,
                    UNIQUE (bodyId, meetingId),
                    CHECK (status = 'draft' OR filedOn IS NOT NULL),
                    CHECK (status <> 'on_agenda' OR agendaItemId IS NOT NULL)
                );
                CREATE INDEX subGroupReport_on_meeting ON subGroupReport(meetingId);

                CREATE TABLE subGroupReportAction (
                    id INTEGER PRIMARY KEY,
                    reportId INTEGER NOT NULL REFERENCES subGroupReport(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL CHECK (text <> ''),
                    UNIQUE (reportId, position)
                );

                CREATE TABLE directoryEntry (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    theme TEXT NOT NULL CHECK (theme <> ''),
                    position INTEGER NOT NULL DEFAULT 0,
                    seatId INTEGER REFERENCES seat(id) ON DELETE SET NULL,
                    personId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    organisationId INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                    contactEmail TEXT,
                    contactPhone TEXT
                );
                CREATE INDEX directoryEntry_on_partnership ON directoryEntry(partnershipId, position);
                """)
        for table in performanceTables {
            try Audit.installTriggers(on: table, db)
        }
    }
}
