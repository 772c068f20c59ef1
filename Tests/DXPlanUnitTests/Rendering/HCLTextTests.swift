import Testing

@testable import DXPlanning
@testable import DXRendering

/// HCL strings and identifiers (`hcl-native-syntax`, `tf-resource-names`): no text can end a
/// string, start a template, add a line, or make an invalid or repeated block name.
@Suite struct HCLTextTests {
    @Test func quotedEscapesEverySpecialSequence() {
        #expect(HCLText.quoted("plain-1") == "\"plain-1\"")
        #expect(HCLText.quoted("a\"b") == "\"a\\\"b\"")
        #expect(HCLText.quoted("back\\slash") == "\"back\\\\slash\"")
        #expect(HCLText.quoted("${var.x}") == "\"$${var.x}\"")
        #expect(HCLText.quoted("%{ if true }") == "\"%%{ if true }\"")
        #expect(HCLText.quoted("$$${") == "\"$$$${\"")
        #expect(HCLText.quoted("{$}") == "\"{$}\"")
        #expect(HCLText.quoted("l1\nl2\r\tx") == "\"l1\\nl2\\r\\tx\"")
        #expect(HCLText.quoted("\u{1b}[31m") == "\"\\u001B[31m\"")
        #expect(HCLText.quoted("\u{202e}é") == "\"\\u202E\\u00E9\"")
        #expect(HCLText.quoted("\u{2028}") == "\"\\u2028\"")
        #expect(HCLText.quoted("🙂") == "\"\\U0001F642\"")
    }

    @Test func quotedOutputIsOneLineOfPrintableASCII() {
        let hostile = "x\"\n}\nresource \"aws_x\" \"y\" {\u{0}\u{7f}\u{85}${a}%{b}\\"
        let quoted = HCLText.quoted(hostile)
        #expect(!quoted.contains("\n"))
        #expect(quoted.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        // The only unescaped quotes are the two delimiters.
        let inner = quoted.dropFirst().dropLast()
        var escaped = false
        for character in inner {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                #expect(character != "\"")
            }
        }
        #expect(!escaped)
    }

    @Test func valuesAndLists() {
        #expect(HCLText.value(.number(4094), indent: "  ") == "4094")
        #expect(HCLText.value(.bool(true), indent: "  ") == "true")
        #expect(HCLText.value(.reference("var.k"), indent: "  ") == "var.k")
        #expect(HCLText.value(.list([]), indent: "  ") == "[]")
        #expect(
            HCLText.value(.list([.string("192.0.2.0/24"), .string("2001:db8::/32")]), indent: "  ")
                == "[\n    \"192.0.2.0/24\",\n    \"2001:db8::/32\",\n  ]")
    }

    @Test func identifiersAreSafe() {
        #expect(TerraformNames.sanitized("dx-iad-1") == "dx_iad_1")
        #expect(TerraformNames.sanitized("Pub VIF (primary)") == "pub_vif_primary")
        #expect(TerraformNames.sanitized("1st") == "dx_1st")
        #expect(TerraformNames.sanitized("--") == "dx_unnamed")
        #expect(TerraformNames.sanitized("") == "dx_unnamed")
        #expect(TerraformNames.sanitized("é\"}\n${x}") == "x")
        #expect(TerraformNames.sanitized("a\u{202e}b") == "a_b")
        for text in ["x\"y", "\n", "${}", "Ω", "a b c", "_lead", "9"] {
            let name = TerraformNames.sanitized(text)
            let first = name.unicodeScalars.first!
            #expect(("a"..."z").contains(first), "\(name)")
            #expect(
                name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" },
                "\(name)")
        }
    }

    @Test func identifiersAreUniquePerNamespaceAndDeterministic() {
        var names = TerraformNames()
        #expect(names.unique("dx-1", in: "connection") == "dx_1")
        #expect(names.unique("dx_1", in: "connection") == "dx_1_2")
        #expect(names.unique("dx 1", in: "connection") == "dx_1_3")
        #expect(names.unique("dx_1_2", in: "connection") == "dx_1_2_2")
        #expect(names.unique("dx-1", in: "variable") == "dx_1")
        var again = TerraformNames()
        #expect(
            ["dx-1", "dx_1", "dx 1", "dx_1_2"].map { again.unique($0, in: "connection") } == [
                "dx_1", "dx_1_2", "dx_1_3", "dx_1_2_2",
            ])
    }
}
