// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Marshrut",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "marshrut", targets: ["marshrut"]),
        .library(name: "MarshrutCore", targets: ["MarshrutCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The domain: routes, programs, persons and their invariants. Pure values, no I/O.
        .target(name: "MarshrutCore"),
        // The one catalog: the words of every reason and title, in Russian or English, chosen at the
        // edge in the reader's language.
        .target(name: "MarshrutText", dependencies: ["MarshrutCore"]),
        // The YAML document format: decoding with file:line diagnostics, canonical encoding.
        .target(
            name: "MarshrutDocuments",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                .product(name: "Yams", package: "Yams"),
            ]),
        // Persistence of the core: one SQLite file (the embedded default) or a PostgreSQL database,
        // the same store logic and named migrations over either.
        .target(
            name: "MarshrutStore",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        // The system Lua 5.4 library, with a shim for the macros Swift cannot import.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // The C side of the Lua bridge: the sandbox, the counting allocator, the limits and their
        // watcher, the view builder and the pattern guards.
        .target(
            name: "CLuaBridge",
            dependencies: ["CLua"],
            cSettings: [.unsafeFlags(["-Wall", "-Wextra", "-Werror"])]
        ),
        // A sandboxed Lua state: knows Lua, not the domain.
        .target(name: "LuaBridge", dependencies: ["CLua", "CLuaBridge"]),
        // The curator's rules: joins the Lua bridge and the core.
        .target(name: "MarshrutRules", dependencies: ["MarshrutCore", "MarshrutText", "MarshrutStore", "LuaBridge"]),
        // The curator's annual analytical report and the school's «Наставничество» pages.
        .target(
            name: "MarshrutReport",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Routes, programs and the order on forming pairs as printable documents: one neutral model,
        // rendered to print-ready HTML, to a Word (.docx) package, and through Chromium to PDF.
        .target(
            name: "MarshrutPrint",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Synthetic regions for demos and benchmarks, and a region as a Lua data file for the
        // pure-Lua baseline.
        .target(name: "MarshrutSynthetic", dependencies: ["MarshrutCore", "MarshrutText", "MarshrutStore"]),
        // Tables from files people keep: CSV (any separator, UTF-8 or Windows-1251) and the first
        // worksheet of an .xlsx, as rows of text with the row numbers a person sees.
        .target(name: "MarshrutSheets", dependencies: ["MarshrutCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Every operation a user can ask for, with who asks and whether they may: the one layer
        // that every front end calls.
        .target(
            name: "MarshrutService",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                "MarshrutStore",
                "MarshrutRules",
                "MarshrutReport",
                "MarshrutSheets",
            ]),
        // Accounts, passwords and sessions of a shared server: who signs in and what they hold.
        .target(
            name: "MarshrutAccounts",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                "MarshrutStore",
                "MarshrutService",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The HTTP server: the JSON API over the application layer, for a school or a region.
        .target(
            name: "MarshrutServer",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                "MarshrutStore",
                "MarshrutService",
                "MarshrutAccounts",
                "MarshrutRules",
                "MarshrutReport",
                "MarshrutDocuments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        // The web pages: the same operations and permission checks as the API, as HTML for a browser.
        .target(
            name: "MarshrutWeb",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                "MarshrutRules",
                "MarshrutReport",
                "MarshrutStore",
                "MarshrutService",
                "MarshrutAccounts",
                "MarshrutServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        // The command line, as a library so tests can run commands in-process.
        .target(
            name: "MarshrutCLI",
            dependencies: [
                "MarshrutCore",
                "MarshrutText",
                "MarshrutService",
                "MarshrutAccounts",
                "MarshrutServer",
                "MarshrutWeb",
                "MarshrutSynthetic",
                "MarshrutDocuments",
                "MarshrutStore",
                "MarshrutRules",
                "MarshrutReport",
                "MarshrutPrint",
                "MarshrutSheets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(name: "marshrut", dependencies: ["MarshrutCLI"]),

        // What the test targets share: a day from text, the repository's samples, a temporary folder.
        .target(
            name: "MarshrutTestSupport",
            dependencies: [
                "MarshrutCore", "MarshrutStore", "MarshrutDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ], path: "Tests/MarshrutTestSupport"),
        .testTarget(name: "MarshrutCoreTests", dependencies: ["MarshrutCore", "MarshrutSynthetic", "MarshrutTestSupport"]),
        .testTarget(name: "MarshrutTextTests", dependencies: ["MarshrutText", "MarshrutTestSupport"]),
        .testTarget(
            name: "MarshrutDocumentsTests",
            dependencies: ["MarshrutDocuments", "MarshrutText", "MarshrutTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(
            name: "MarshrutStoreTests",
            dependencies: [
                "MarshrutStore", "MarshrutText", "MarshrutDocuments", "MarshrutSynthetic", "MarshrutTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge"]),
        .testTarget(
            name: "MarshrutRulesTests",
            dependencies: [
                "MarshrutRules", "MarshrutDocuments", "MarshrutStore", "MarshrutSynthetic", "MarshrutTestSupport",
            ]),
        .testTarget(
            name: "MarshrutSheetsTests",
            dependencies: ["MarshrutSheets", "MarshrutTestSupport"]),
        .testTarget(name: "MarshrutReportTests", dependencies: ["MarshrutReport", "MarshrutText", "MarshrutDocuments", "MarshrutTestSupport"]),
        .testTarget(
            name: "MarshrutPrintTests",
            dependencies: [
                "MarshrutPrint", "MarshrutCore", "MarshrutText", "MarshrutTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(
            name: "MarshrutSyntheticTests", dependencies: ["MarshrutSynthetic", "MarshrutCore", "MarshrutStore", "MarshrutTestSupport"]),
        .testTarget(
            name: "MarshrutServiceTests",
            dependencies: [
                "MarshrutService", "MarshrutStore", "MarshrutDocuments", "MarshrutSheets", "MarshrutTestSupport",
            ]),
        .testTarget(
            name: "MarshrutServerTests",
            dependencies: [
                "MarshrutServer", "MarshrutAccounts", "MarshrutService", "MarshrutStore", "MarshrutCLI", "MarshrutTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "MarshrutWebTests",
            dependencies: [
                "MarshrutWeb", "MarshrutServer", "MarshrutAccounts", "MarshrutRules", "MarshrutService", "MarshrutStore", "MarshrutCLI", "MarshrutTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        .testTarget(
            name: "MarshrutCLITests",
            dependencies: [
                "MarshrutCLI", "MarshrutAccounts", "MarshrutSynthetic", "MarshrutDocuments", "MarshrutStore", "MarshrutText", "MarshrutTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
