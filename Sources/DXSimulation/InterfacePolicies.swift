import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// What each public VIF's inbound policy keeps of the AWS advertised set, worked out once per
/// topology. VIFs with the same family, home Region, `accept` and `accept_services` form one
/// class; AWS prefixes with the same family, Region and services form one kind. A prefix's tag and
/// the policy's verdict depend only on the class and the kind, so a scenario looks verdicts up in a
/// class × kind table instead of checking ~10,000 prefixes on every VIF.
struct InterfacePolicies: Sendable {
    /// Per AWS prefix (position in ``AWSAdvertisedSet/prefixes``): its kind.
    let kindOfPrefix: [Int]
    /// Per kind: its family.
    let kindFamily: [AddressFamily]
    /// Per kind: its signature, shared by the kinds that every class keeps or drops alike, with the
    /// same tag: their Direct Connect routes differ only in the prefix, so they rank alike.
    let signatureOfKind: [Int]
    /// Per context given to `init`, in order: its class.
    let classOfContext: [Int]
    /// Per class: its family, and whether it has a home Region.
    let classFamily: [AddressFamily]
    let classHasHome: [Bool]
    /// Class × kind, row-major: whether the class's policy keeps prefixes of the kind.
    private let accepts: [Bool]
    /// Per class: prefixes of its family AWS advertises, and those kept per tag (what
    /// ``InterfaceResult`` counts); zero and empty without a home Region.
    let counts: [(advertised: Int, learnedByScope: [AcceptScope: Int])]

    private struct ClassKey: Hashable {
        var family: AddressFamily
        var homeRegion: String?
        var accept: [AcceptScope]
        var acceptServices: [String]?
    }

    private struct KindKey: Hashable {
        var family: AddressFamily
        var region: String
        var services: [String]
    }

    /// `contexts` are the public VIFs; `continents` maps a Region to its continent as the RIB does.
    init(aws: AWSAdvertisedSet, contexts: [InterfaceContext], continents: [String: Continent]) {
        var kinds: [KindKey: Int] = [:]
        var representatives: [AWSPrefix] = []
        var kindSize: [Int] = []
        kindOfPrefix = aws.prefixes.map { prefix in
            let key = KindKey(family: prefix.prefix.family, region: prefix.region, services: prefix.services)
            if let kind = kinds[key] {
                kindSize[kind] += 1
                return kind
            }
            kinds[key] = representatives.count
            representatives.append(prefix)
            kindSize.append(1)
            return representatives.count - 1
        }
        kindFamily = representatives.map(\.prefix.family)
        var classes: [ClassKey: Int] = [:]
        var members: [InterfaceContext] = []
        classOfContext = contexts.map { context in
            let vif = context.virtualInterface
            let key = ClassKey(
                family: context.family, homeRegion: context.homeRegion, accept: vif.accept.value,
                acceptServices: vif.acceptServices?.value)
            if let index = classes[key] { return index }
            classes[key] = members.count
            members.append(context)
            return members.count - 1
        }
        classFamily = members.map(\.family)
        classHasHome = members.map { $0.homeRegion != nil }
        var accepts: [Bool] = []
        accepts.reserveCapacity(members.count * representatives.count)
        var counts: [(advertised: Int, learnedByScope: [AcceptScope: Int])] = []
        for member in members {
            var advertised = 0
            var byScope: [AcceptScope: Int] = [:]
            for (kind, prefix) in representatives.enumerated() {
                let kept = CustomerRIB.verdict(prefix, on: member, continents: continents).rejection == nil
                accepts.append(kept)
                guard let home = member.homeRegion, prefix.prefix.family == member.family else { continue }
                advertised += kindSize[kind]
                if kept {
                    byScope[AWSScope.scope(of: prefix, homeRegion: home) { continents[$0] }, default: 0] +=
                        kindSize[kind]
                }
            }
            counts.append((advertised, byScope))
        }
        self.accepts = accepts
        self.counts = counts
        var signatures: [[Int8]: Int] = [:]
        signatureOfKind = representatives.indices.map { kind in
            // The family, then per class: -1 when dropped, else the tag's position.
            var key: [Int8] = [representatives[kind].prefix.family == .ipv4 ? 4 : 6]
            for (index, member) in members.enumerated() {
                let family = representatives[kind].prefix.family
                guard accepts[index * representatives.count + kind], member.family == family else {
                    key.append(-1)
                    continue
                }
                let scope = AWSScope.scope(of: representatives[kind], homeRegion: member.homeRegion ?? "") {
                    continents[$0]
                }
                key.append(Int8(AcceptScope.allCases.firstIndex(of: scope)!))
            }
            if let known = signatures[key] { return known }
            signatures[key] = signatures.count
            return signatures.count - 1
        }
    }

    /// Whether VIFs of `policyClass` keep AWS prefixes of `kind` (families may differ: then no).
    func accepts(_ policyClass: Int, _ kind: Int) -> Bool {
        classFamily[policyClass] == kindFamily[kind] && accepts[policyClass * kindFamily.count + kind]
    }
}
