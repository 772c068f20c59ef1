import DXModel
import Dispatch
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A blocking HTTP GET for the synchronous CLI — the network counterpart of `InputFile`.
///
/// URLSession runs the request on its own delegate queue while the caller waits on a semaphore
/// with a deadline, so a silent server is a timeout, never a hang. The body is size-limited and
/// checked against `Content-Length` (RFC 9112 §6.3: a body shorter than declared is incomplete),
/// redirects may not leave http(s) or downgrade https to http, and nothing is cached.
public enum HTTPDownload {
    /// A complete response.
    public struct Response: Sendable {
        public var status: Int
        /// Header fields with lowercased names.
        public var headers: [String: String]
        public var body: [UInt8]

        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// Why there is no complete response, in words for an `error:` line (no URL, no secrets).
    /// ``code`` is the stable part; two failures are equal when their codes are.
    public struct Failure: Error, Hashable, Sendable {
        public var code: Code
        public var reason: String

        init(_ code: Code, reason: String) {
            self.code = code
            self.reason = reason
        }

        public static func == (lhs: Failure, rhs: Failure) -> Bool { lhs.code == rhs.code }

        public func hash(into hasher: inout Hasher) { hasher.combine(code) }
    }

    /// GETs `url`, giving up after `timeout` seconds in total.
    public static func get(_ url: URL, headers: [String: String], timeout: Double, limit: Int) -> Result<
        Response, Failure
    > {
        // The semaphore deadline below is the time limit. URLSession's own timers are set a
        // little later, in whole seconds: swift-corelibs-foundation fires fractional ones early.
        let sessionTimeout = (timeout + 1).rounded(.up)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = sessionTimeout
        configuration.timeoutIntervalForResource = sessionTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let receiver = Receiver(limit: limit, timeout: timeout, secure: url.scheme?.lowercased() == "https")
        let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: sessionTimeout)
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            request.setValue(value, forHTTPHeaderField: name)
        }
        let task = session.dataTask(with: request)
        task.resume()
        if receiver.done.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            return .failure(Failure(.timedOut, reason: "timed out after \(secondsText(timeout))"))
        }
        return receiver.result
    }

    /// The URL as it may be printed: user information and query values are replaced by `***`.
    public static func displayText(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return "<unprintable URL>"
        }
        if components.percentEncodedUser != nil || components.percentEncodedPassword != nil {
            components.percentEncodedUser = "***"
            components.percentEncodedPassword = nil
        }
        if components.percentEncodedQuery != nil { components.percentEncodedQuery = "***" }
        components.fragment = nil
        return components.string ?? "<unprintable URL>"
    }

    /// `30 s`, `1.5 s`.
    static func secondsText(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}

/// Collects one task's response and body; every callback runs on the session's delegate queue,
/// the lock guards the hand-over to the waiting caller.
private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private let limit: Int
    private let timeout: Double
    private let secure: Bool
    private var response: HTTPURLResponse?
    private var body: [UInt8] = []
    private var failure: HTTPDownload.Failure?
    private var finished = false

    init(limit: Int, timeout: Double, secure: Bool) {
        self.limit = limit
        self.timeout = timeout
        self.secure = secure
    }

    var result: Result<HTTPDownload.Response, HTTPDownload.Failure> {
        lock.lock()
        defer { lock.unlock() }
        if let failure { return .failure(failure) }
        guard let response else { return .failure(HTTPDownload.Failure(.noResponse, reason: "no HTTP response")) }
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let name = key as? String, let text = value as? String { headers[name.lowercased()] = text }
        }
        return .success(HTTPDownload.Response(status: response.statusCode, headers: headers, body: body))
    }

    private func fail(_ code: HTTPDownload.Failure.Code, _ reason: String, task: URLSessionTask) {
        lock.lock()
        if failure == nil { failure = HTTPDownload.Failure(code, reason: reason) }
        lock.unlock()
        task.cancel()
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            fail(.noResponse, "not an HTTP response", task: dataTask)
            completionHandler(.cancel)
            return
        }
        if http.expectedContentLength > Int64(limit) {
            fail(
                .tooLarge, "the body is \(http.expectedContentLength) bytes, more than the \(limit >> 20) MiB limit",
                task: dataTask)
            completionHandler(.cancel)
            return
        }
        lock.lock()
        self.response = http
        body = []
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        let tooLarge = body.count + data.count > limit
        if !tooLarge { body.append(contentsOf: data) }
        lock.unlock()
        if tooLarge { fail(.tooLarge, "the body is larger than the \(limit >> 20) MiB limit", task: dataTask) }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let scheme = request.url?.scheme?.lowercased()
        let allowed = scheme == "https" || (scheme == "http" && !secure)
        // A refused redirect completes the task with the 3xx response, reported as an HTTP status.
        completionHandler(allowed ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        if finished {
            lock.unlock()
            return
        }
        finished = true
        var declared: Int?
        if let response, (200..<300).contains(response.statusCode), response.statusCode != 204,
            (response.value(forHTTPHeaderField: "Content-Encoding") ?? "identity").lowercased() == "identity"
        {
            declared = response.value(forHTTPHeaderField: "Content-Length").flatMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
        }
        let timedOut = (error as? URLError)?.code == .timedOut
        if failure == nil, let declared, declared != body.count, !timedOut {
            // curl reports a body cut short as an unspecific error; the byte counts say more.
            let early = error == nil ? "" : " (the connection closed early)"
            failure = HTTPDownload.Failure(
                .truncated,
                reason:
                    "truncated body: received \(body.count) of the \(declared) bytes declared by Content-Length\(early)"
            )
        }
        if failure == nil, let error {
            failure = HTTPDownload.Failure(
                timedOut ? .timedOut : .transport, reason: Self.reason(error, timeout: timeout))
        }
        lock.unlock()
        done.signal()
    }

    /// Words for a URLSession error; the error's own text may carry the URL, so it is not used.
    static func reason(_ error: Error, timeout: Double) -> String {
        let code = (error as NSError).code
        guard (error as NSError).domain == NSURLErrorDomain else {
            return "download failed (\((error as NSError).domain) error \(code))"
        }
        switch URLError.Code(rawValue: code) {
        case .timedOut: return "timed out after \(HTTPDownload.secondsText(timeout))"
        case .networkConnectionLost: return "the connection closed before the whole body arrived"
        case .cannotConnectToHost: return "cannot connect to the server (connection refused)"
        case .cannotFindHost, .dnsLookupFailed: return "cannot resolve the host name"
        case .notConnectedToInternet: return "no network connection"
        case .badServerResponse: return "the server sent a malformed HTTP response"
        case .cancelled: return "the download was cancelled"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid:
            return "TLS connection failed (URL error \(code))"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return "too many or broken redirects"
        case .unsupportedURL: return "unsupported URL"
        default: return "download failed (URL error \(code))"
        }
    }
}
