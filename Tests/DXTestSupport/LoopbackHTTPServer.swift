import Foundation

/// A scripted HTTP server on 127.0.0.1 (Python's `http.server`, started with `Process`), for
/// download tests: each path answers as its `Route` says, every request's headers are logged.
/// Bound to port 0 so the kernel picks a free port, which the script prints first.
package final class LoopbackHTTPServer {
    /// How one path answers.
    package struct Route: Encodable {
        package var status = 200
        package var body = ""
        package var headers: [String: String] = [:]
        /// Content-Length to declare instead of the body's; the connection is then closed.
        package var declareLength: Int?
        /// Seconds to wait before answering.
        package var delay: Double?
        /// Answer 304 when the request's If-None-Match equals this.
        package var notModifiedIfNoneMatch: String?

        package init(
            status: Int = 200, body: String = "", headers: [String: String] = [:], declareLength: Int? = nil,
            delay: Double? = nil, notModifiedIfNoneMatch: String? = nil
        ) {
            self.status = status
            self.body = body
            self.headers = headers
            self.declareLength = declareLength
            self.delay = delay
            self.notModifiedIfNoneMatch = notModifiedIfNoneMatch
        }
    }

    /// One logged request.
    package struct Request: Decodable {
        package var path: String
        package var headers: [String: String]
    }

    package struct StartFailed: Error, CustomStringConvertible {
        package var description: String
    }

    package let port: Int
    private let process: Process
    private let directory: URL

    /// Starts the server; nil (after reporting a skip, or a failure on CI) when python3 is missing.
    package static func start(_ routes: [String: Route]) throws -> LoopbackHTTPServer? {
        guard let python = SharedTestData.python() else { return nil }
        return try LoopbackHTTPServer(python: python, routes: routes)
    }

    private init(python: URL, routes: [String: Route]) throws {
        directory = try PackagePaths.temporaryDirectory()
        let config = directory.appendingPathComponent("routes.json")
        try JSONEncoder().encode(routes).write(to: config)
        process = Process()
        process.executableURL = python
        process.arguments = ["-c", Self.script, config.path, directory.appendingPathComponent("requests.jsonl").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first, let port = Int(line) else {
            process.terminate()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: directory)
            throw StartFailed(description: "the test HTTP server did not start (printed '\(text)')")
        }
        self.port = port
    }

    package func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests received so far, in order.
    package var requests: [Request] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("requests.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            try? JSONDecoder().decode(Request.self, from: Data($0))
        }
    }

    /// Stops the server: SIGTERM, then SIGKILL if it is still running after two seconds.
    package func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(2)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    static let script = #"""
        import json, os, signal, socket, sys, threading, time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        # The test process may start us with signals blocked; let terminate() work, and never
        # outlive a crashed test by more than a minute.
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        threading.Timer(60, lambda: os._exit(0)).start()

        routes = json.load(open(sys.argv[1]))
        log_path = sys.argv[2]
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with lock, open(log_path, "a") as log:
                    headers = {k.lower(): v for k, v in self.headers.items()}
                    log.write(json.dumps({"path": self.path, "headers": headers}) + "\n")
                route = routes.get(self.path.split("?")[0])
                if route is None:
                    route = {"status": 404, "body": "no such route", "headers": {}}
                if route.get("delay"):
                    time.sleep(route["delay"])
                etag = route.get("notModifiedIfNoneMatch")
                if etag is not None and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                body = route.get("body", "").encode()
                truncated = route.get("declareLength") is not None
                self.send_response(route.get("status", 200))
                for name, value in route.get("headers", {}).items():
                    self.send_header(name, value)
                if route.get("status", 200) != 304:
                    self.send_header("Content-Length", str(route["declareLength"] if truncated else len(body)))
                if truncated:
                    self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                if truncated:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}
