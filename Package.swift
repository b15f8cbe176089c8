// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let zipFoundation = Target.Dependency.product(name: "ZIPFoundation", package: "ZIPFoundation")
/// What every test target over the store builds on: the domain, the SQLite store (and GRDB, to read a
/// table back) and the fixtures written as governance (TestWorld).
let storeTestDependencies: [Target.Dependency] = [
    "MinutebookCore", "MinutebookStore", "MinutebookTools", "MinutebookTestSupport", grdb
]

let package = Package(
    name: "Minutebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "minutebook", targets: ["minutebook"]),
        .executable(name: "minutebook-bench", targets: ["minutebook-bench"]),
        .library(name: "MinutebookCore", targets: ["MinutebookCore"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // Already in the graph through Hummingbird: NIOThreadPool so bcrypt runs off the concurrency pool.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
        // Already in the graph through Hummingbird: TLS for the SMTP client (STARTTLS or implicit).
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        // Already in the graph through Hummingbird: the reminder scheduler runs as a Service beside the server.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Already in the graph through Hummingbird: SHA-256 for stored documents and tokens.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        // The PostgreSQL store (issue 21): the wire protocol, the connection pool and prepared statements.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2")
    ],
    targets: [
        .target(
            name: "MinutebookCore",
            swiftSettings: swiftSettings
        ),
        // The outside programs (pdftotext, pdftoppm, qpdf, soffice, WeasyPrint, tesseract): found once, run
        // with both streams read and a time limit; `Blocking`, the one way any blocking work (programs, document
        // reading, bcrypt) leaves the concurrency pool, over a NIO thread pool; and SHA-256 (swift-crypto), the one
        // digest of stored documents and tokens, shared by the store and every layer above it.
        .target(
            name: "MinutebookTools",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio")
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MinutebookStore",
            dependencies: [
                "MinutebookCore",
                "MinutebookTools",
                .product(name: "GRDB", package: "GRDB.swift")
            ],
            swiftSettings: swiftSettings
        ),
        // The PostgreSQL store: the same repository protocols over PostgresNIO, its own migrator and schema
        // (constraints and audit triggers done the PostgreSQL way). No GRDB here, and no PostgresNIO in MinutebookStore.
        .target(
            name: "MinutebookPostgres",
            dependencies: [
                "MinutebookCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log")
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MinutebookImport",
            dependencies: [
                "MinutebookCore",
                "MinutebookTools",
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            swiftSettings: swiftSettings
        ),
        // Everything that is not HTTP, used by Web and the CLI alike: packs, mail and personal links,
        // documents (Matters Arising DOCX, open data, CSV), accounts and tokens, charts, the clock, and
        // archives brought from other systems (Migration/: a ModernGov site through the importer into the store).
        .target(
            name: "MinutebookServices",
            dependencies: [
                "MinutebookCore",
                "MinutebookStore",
                "MinutebookImport",
                "MinutebookTools",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MinutebookWeb",
            dependencies: [
                "MinutebookCore",
                "MinutebookStore",
                "MinutebookImport",
                "MinutebookTools",
                "MinutebookServices",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
            ],
            swiftSettings: swiftSettings
        ),
        // The options both programs take (--database, --verbose) and the one-line error for a DomainError.
        .target(
            name: "MinutebookCommandLine",
            dependencies: [
                "MinutebookCore",
                "MinutebookStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "minutebook",
            dependencies: [
                "MinutebookCommandLine",
                "MinutebookCore",
                "MinutebookStore",
                "MinutebookImport",
                "MinutebookTools",
                "MinutebookServices",
                "MinutebookWeb",
                // `minutebook dev world`: the end-to-end tests plant their fixtures as TestWorld steps.
                "MinutebookTestSupport",
                "MinutebookPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            swiftSettings: swiftSettings
        ),
        // The benchmark kit (bench/run): a program of its own, so the CLI carries no benchmark code. It runs the
        // `minutebook` binary built beside it as the server under test.
        .executableTarget(
            name: "minutebook-bench",
            dependencies: [
                "MinutebookCommandLine",
                "MinutebookCore",
                "MinutebookStore",
                "MinutebookImport",
                "MinutebookTools",
                "MinutebookServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            swiftSettings: swiftSettings
        ),
        // Fixtures as governance (TestWorld), shared by the test targets.
        .target(
            name: "MinutebookTestSupport",
            dependencies: ["MinutebookCore", "MinutebookStore", grdb],
            path: "Tests/MinutebookTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "MinutebookToolsTests", dependencies: ["MinutebookTools"], swiftSettings: swiftSettings),
        .testTarget(name: "MinutebookCoreTests", dependencies: ["MinutebookCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "MinutebookStoreTests",
            dependencies: storeTestDependencies + [
                "MinutebookPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log")
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinutebookImportTests",
            dependencies: storeTestDependencies + ["MinutebookImport", zipFoundation],
            resources: [.copy("Fixtures"), .copy("Spreadsheets")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinutebookWebTests",
            dependencies: storeTestDependencies + [
                "MinutebookWeb", "MinutebookImport", "MinutebookServices", zipFoundation,
                .product(name: "HummingbirdTesting", package: "hummingbird")
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinutebookMigrationTests",
            dependencies: storeTestDependencies + [
                "MinutebookServices", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird")
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MinutebookCLITests",
            dependencies: storeTestDependencies + ["minutebook", "minutebook-bench"],
            swiftSettings: swiftSettings
        )
    ]
)
