import DXCore
import DXInput
import DXModel

/// BGP best-path selection among routes for the same (longest-matching) prefix, network-wide:
/// highest LOCAL_PREF, then shortest AS_PATH (RFC 4271 §9.1.2.2). Equal Direct Connect routes are
/// multipath (AWS DX routing policies: same communities and AS_PATH are multipath candidates);
/// a Direct Connect route tying with an Internet route is a risk, counted as Internet.
enum BestPath {
    static func select(_ routes: [CandidateRoute], rib: CustomerRIB) -> PathDecision {
        guard let prefix = routes.first?.prefix, let ranking = BestPathRanking(routes) else { return .noRoute }
        return ranking.decision(for: prefix, rib: rib)
    }

    /// The longest accepted Direct Connect route that covers `prefix` with a shorter length.
    static func shorterDirectConnect(than prefix: IPPrefix, rib: CustomerRIB) -> CandidateRoute? {
        for (covering, position) in rib.aws.index.covering(prefix) where covering != prefix {
            // The class × kind table gives each VIF's verdict (InterfacePolicies), as isAccepted would.
            let kind = rib.policies.kindOfPrefix[position]
            for context in rib.liveInterfaces where rib.policies.accepts(context.policyClass, kind) {
                return rib.awsRoute(rib.aws.prefixes[position], on: context)
            }
        }
        return nil
    }
}
