/// The error of a failed result, for tests that compare its code.
extension Result {
    package var error: Failure? {
        guard case .failure(let error) = self else { return nil }
        return error
    }
}
