import Foundation
import HummingbirdTesting
import MarshrutTestSupport
import Testing

@testable import MarshrutServer

/// The OpenAPI document and the server agree, both ways: every endpoint the server answers is in
/// the document, and every operation the document describes is answered.
struct OpenAPITests {
    /// The document's operations, as `METHOD path`.
    static func documented() throws -> Set<String> {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
    }

    @Test func everyEndpointIsDocumentedAndEveryDocumentedOperationIsAnEndpoint() throws {
        let served = Set(Endpoint.all.map { "\($0.method.rawValue) \($0.path)" })
        #expect(served.count == Endpoint.all.count, "an endpoint is registered twice")
        let documented = try Self.documented()
        #expect(served.subtracting(documented).isEmpty, "served but not documented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
    }

    @Test func theServerAnswersEveryDocumentedOperation() async throws {
        let fixture = try ServerFixture()
        let documented = try Self.documented()
        try await fixture.application.test(.router) { client in
            for operation in documented.sorted() {
                let parts = operation.split(separator: " ", maxSplits: 1)
                let path = parts[1].replacingOccurrences(of: "{id}", with: "x").replacingOccurrences(of: "{number}", with: "1")
                    .replacingOccurrences(of: "{activity}", with: "a1").replacingOccurrences(of: "{deficit}", with: "d1")
                    .replacingOccurrences(of: "{login}", with: "x").replacingOccurrences(of: "{role}", with: "curator@x")
                let response = try await client.execute(uri: path, method: .init(String(parts[0]))!)
                // The router's own 404 (no such endpoint) has an empty body; ours always say why.
                #expect(!(response.status == .notFound && response.body.readableBytes == 0), "\(operation) is not answered")
                #expect(response.status != .methodNotAllowed, "\(operation)")
            }
            let unknown = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(unknown.status == .notFound && unknown.body.readableBytes == 0)
        }
    }

    @Test func theDocumentIsServed() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == OpenAPIDocument.text)
        }
    }
}
