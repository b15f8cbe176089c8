import Foundation
import MinutebookCore

/// The OpenAPI 3.1 description of `/api/v1`, written as data beside the controller it describes.
/// Tests request every path in it and check each answer against its schema; schemathesis fuzzes it.
enum OpenAPIDocument {
    typealias JSON = [String: Any]

    static func json() throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// Every path, as registered by `ApiController` (the test compares the two).
    static var paths: [String] { (document["paths"] as? JSON)?.keys.sorted() ?? [] }

    static var document: JSON {
        [
            "openapi": "3.1.0",
            "info": [
                "title": "Minutebook public record API",
                "version": "1.0.0",
                "description": """
                Partnerships, bodies, meetings (in the meeting-record shape), decisions, people and search.
                Without a session only the public record is returned: Part 1 items, published agendas, approved
                minutes, no contact details. With a signed-in session cookie, what that user may see.
                Lists are paged: pass `next_cursor` back as `cursor`. Answers carry an ETag; send it in
                If-None-Match to get 304 Not Modified. The API only reads: every path answers GET and HEAD,
                and any other method (POST, PUT, PATCH, DELETE, TRACE, OPTIONS) gets 405 Method Not Allowed
                with an Allow header.
                """
            ] as JSON,
            "servers": [["url": "/"]],
            "paths": [
                "/api/v1/partnerships": get("Partnerships", list("Partnership"), params: paging),
                "/api/v1/partnerships/{partnership}": get("One partnership", ref("Partnership"), params: [partnershipParam]),
                "/api/v1/partnerships/{partnership}/bodies": get(
                    "Boards and sub-groups", list("Body"),
                    params: [partnershipParam] + paging),
                "/api/v1/partnerships/{partnership}/bodies/{body}/meetings": get(
                    "Meetings of a body, newest first",
                    list("Meeting"),
                    params: [partnershipParam, bodyParam] + paging),
                "/api/v1/partnerships/{partnership}/bodies/{body}/meetings/{date}": get(
                    "One meeting as a meeting record", ref("MeetingRecord"), params: [partnershipParam, bodyParam, dateParam]),
                "/api/v1/partnerships/{partnership}/people": get(
                    "People (name and organisation only)", list("Person"),
                    params: [partnershipParam] + paging),
                "/api/v1/partnerships/{partnership}/decisions": get(
                    "Decisions, newest first", list("Decision"),
                    params: [partnershipParam] + paging),
                "/api/v1/partnerships/{partnership}/actions": get(
                    "Actions arising (signed in only)", list("Action"),
                    params: [partnershipParam] + paging, signedIn: true),
                "/api/v1/search": get("Full-text search", ref("SearchResults"), params: searchParams)
            ] as JSON,
            "components": [
                "schemas": schemas,
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer",
                        "description": "A token from `minutebook token add EMAIL`"
                    ] as JSON
                ] as JSON
            ] as JSON,
            "security": [[:] as JSON, ["bearer": [String]()] as JSON]
        ]
    }

    // MARK: Building blocks

    static func ref(_ name: String) -> JSON { ["$ref": "#/components/schemas/\(name)"] }

    static func list(_ item: String) -> JSON {
        [
            "type": "object", "required": ["items", "next_cursor"], "additionalProperties": false,
            "properties": ["items": ["type": "array", "items": ref(item)] as JSON, "next_cursor": nullable("string")] as JSON
        ]
    }

    static func nullable(_ type: String) -> JSON { ["type": [type, "null"]] }

    static func get(_ summary: String, _ schema: JSON, params: [JSON], signedIn: Bool = false) -> JSON {
        var responses: JSON = [
            "200": ["description": "OK", "content": ["application/json": ["schema": schema]]] as JSON,
            "304": ["description": "Not modified since the ETag sent in If-None-Match"] as JSON,
            "400": error("The request was not valid"),
            "404": error("No such partnership, body or meeting")
        ]
        responses["401"] = error(
            signedIn
                ? "Not signed in, or the bearer token is unknown or revoked"
                : "The bearer token is unknown or revoked")
        return ["get": ["summary": summary, "parameters": params, "responses": responses] as JSON]
    }

    static func error(_ description: String) -> JSON {
        ["description": description, "content": ["application/json": ["schema": ref("Error")]] as JSON]
    }

    static func path(_ name: String, _ description: String, pattern: String) -> JSON {
        [
            "name": name, "in": "path", "required": true, "description": description,
            "schema": ["type": "string", "pattern": pattern] as JSON
        ]
    }

    static func query(_ name: String, _ description: String, _ schema: JSON, required: Bool = false) -> JSON {
        ["name": name, "in": "query", "required": required, "description": description, "schema": schema]
    }

    static var partnershipParam: JSON { path("partnership", "Partnership slug", pattern: "^[a-z0-9-]+$") }
    static var bodyParam: JSON { path("body", "Body slug", pattern: "^[a-z0-9-]+$") }
    static var dateParam: JSON { path("date", "Meeting date, YYYY-MM-DD", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$") }
    static var paging: [JSON] {
        [
            query(
                "cursor", "The next_cursor of the previous page, as given (opaque; empty or absent for the first page)",
                ["type": "string", "maxLength": ApiCursor.cursorLength, "pattern": ApiCursor.cursorPattern] as JSON),
            query(
                "limit", "Items per page (1-100; 20 when absent)",
                ["type": "integer", "minimum": ApiCursor.limits.lowerBound, "maximum": ApiCursor.limits.upperBound] as JSON)
        ]
    }
    static var year: JSON { ["type": "integer", "minimum": ApiController.years.lowerBound, "maximum": ApiController.years.upperBound] }
    static var searchParams: [JSON] {
        [
            query(
                "q", "Words, \"a phrase\", prefix*, a OR b, -exclude; not only spaces",
                ["type": "string", "minLength": 1, "maxLength": SearchExpression.maximumLength, "pattern": "\\S"] as JSON, required: true),
            query("partnership", "Partnership slug", ["type": "string"] as JSON),
            query("body", "Body slug", ["type": "string"] as JSON),
            query("from", "First meeting year", year),
            query("to", "Last meeting year", year),
            query("type", "Kind of record", ["type": "string", "enum": ["minute", "decision", "agenda", "document"]] as JSON)
        ] + paging
    }

    static func object(_ properties: JSON, required: [String]) -> JSON {
        ["type": "object", "properties": properties, "required": required]
    }

    static var string: JSON { ["type": "string"] }

    static var schemas: JSON {
        [
            "Error": object(["error": object(["message": string], required: ["message"])], required: ["error"]),
            "Partnership": object(
                ["slug": string, "name": string, "url": string, "calendar": string],
                required: ["slug", "name", "url", "calendar"]),
            "Body": object(
                [
                    "slug": string, "name": string, "kind": ["type": "string", "enum": ["board", "sub_group"]] as JSON,
                    "reports_to": nullable("string"), "url": string, "calendar": string
                ],
                required: ["slug", "name", "kind", "url", "calendar"]),
            "Meeting": object(
                [
                    "date": ["type": "string", "format": "date"] as JSON, "start": nullable("string"),
                    "end": nullable("string"), "venue": nullable("string"),
                    "status": [
                        "type": "string",
                        "enum": [
                            "scheduled", "agenda_published", "held", "minutes_drafted",
                            "minutes_approved", "cancelled"
                        ]
                    ] as JSON,
                    "url": string, "api": string
                ],
                required: ["date", "status", "url", "api"]),
            "Person": object(
                ["id": ["type": "integer"] as JSON, "name": string, "organisation": nullable("string")],
                required: ["id", "name"]),
            "Decision": object(
                [
                    "body": string, "date": string, "minute": nullable("string"), "title": string, "text": string,
                    "url": string
                ], required: ["body", "date", "title", "text", "url"]),
            "Action": object(
                [
                    "body": string, "date": string, "minute": nullable("string"), "text": string,
                    "owners": ["type": "array", "items": string] as JSON, "status": string, "due": nullable("string")
                ],
                required: ["body", "date", "text", "owners", "status"]),
            "SearchResults": object(
                [
                    "query": string, "total": ["type": "integer", "minimum": 0] as JSON,
                    "total_is_lower_bound": ["type": "boolean"] as JSON,
                    "items": ["type": "array", "items": ref("SearchHit")] as JSON, "next_cursor": nullable("string")
                ], required: ["query", "total", "total_is_lower_bound", "items", "next_cursor"]),
            "SearchHit": object(
                [
                    "kind": ["type": "string", "enum": ["minute", "decision", "agenda", "document"]] as JSON,
                    "partnership": string, "body": string, "date": string, "number": nullable("string"), "title": string,
                    "snippet": string, "highlights": ["type": "array", "items": string] as JSON, "url": string
                ], required: ["kind", "partnership", "body", "date", "title", "snippet", "highlights", "url"]),
            "MeetingRecord": object(
                [
                    "body": string, "date": string, "start": nullable("string"), "end": nullable("string"),
                    "venue": nullable("string"),
                    "attendance": ["type": "array", "items": ref("Attendee")] as JSON,
                    "items": ["type": "array", "items": ref("Item")] as JSON,
                    "next_meeting": ["type": ["object", "null"], "properties": ["date": string, "start": nullable("string")]] as JSON,
                    "warnings": ["type": "array", "items": string] as JSON
                ], required: ["body", "date", "attendance", "items"]),
            "Attendee": object(
                [
                    "name": string, "role": nullable("string"), "organisation": nullable("string"),
                    "status": ["type": "string", "enum": ["present", "virtual", "also_present", "apologies", "substitute", "absent"]] as JSON,
                    "position": ["type": ["string", "null"], "enum": ["chairman", "vice_chairman", "co_chair", NSNull()]] as JSON,
                    "substitute_for": nullable("string"),
                    "arrived_during": nullable("string"), "left_during": nullable("string")
                ], required: ["name", "status"]),
            "Item": object(
                [
                    "number": nullable("string"), "title": string, "part": ["type": "integer", "enum": [1, 2]] as JSON, "text": string,
                    "resolutions": ["type": "array", "items": string] as JSON,
                    "actions": ["type": "array", "items": ref("ItemAction")] as JSON,
                    "post_meeting_notes": ["type": "array", "items": string] as JSON,
                    "report_reference": nullable("string"),
                    "votes": ["type": "array", "items": ref("Vote")] as JSON,
                    "declarations": ["type": "array", "items": ref("Declaration")] as JSON
                ], required: ["title", "part", "text", "resolutions", "actions"]),
            "Vote": object(
                [
                    "motion": string, "kind": ["type": "string", "enum": ["show_of_hands", "recorded"]] as JSON,
                    "for": ["type": "integer", "minimum": 0] as JSON, "against": ["type": "integer", "minimum": 0] as JSON,
                    "abstentions": ["type": "integer", "minimum": 0] as JSON,
                    "casting_vote": ["type": ["string", "null"], "enum": ["for", "against", NSNull()]] as JSON,
                    "outcome": ["type": "string", "enum": ["carried", "lost"]] as JSON,
                    "present_voting": ["type": "integer", "minimum": 0] as JSON, "quorum": ["type": "integer", "minimum": 1] as JSON,
                    "roll_call": [
                        "type": "array",
                        "items": object(
                            [
                                "name": string, "vote": ["type": "string", "enum": ["for", "against", "abstain"]] as JSON
                            ], required: ["name", "vote"])
                    ] as JSON
                ], required: ["motion", "kind", "for", "against", "abstentions", "outcome", "present_voting", "quorum", "roll_call"]),
            "Declaration": object(
                [
                    "name": string, "kind": ["type": "string", "enum": ["pecuniary", "other"]] as JSON, "text": string
                ], required: ["name", "kind", "text"]),
            "ItemAction": object(
                [
                    "owners": ["type": "array", "items": string] as JSON,
                    "owner_names": ["type": ["array", "null"], "items": string] as JSON,
                    "text": string, "due": nullable("string"), "status": nullable("string")
                ], required: ["owners", "text"])
        ]
    }
}
