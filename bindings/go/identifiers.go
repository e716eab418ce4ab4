package httpstatus

// What other software calls status codes: the identifiers Find and
// UnofficialFind fall back on (the C library's core/src/identifiers.c, rule
// for rule), and the accessors. The tables are generated from
// data/identifiers.toml and data/links.toml (identifier_tables.go).

import (
	"sort"
	"strings"
)

// Ecosystem is software that names status codes (Go's net/http, .NET,
// Spring, Rack, ...), with the values of the C library's enum
// httpstatus_ecosystem.
type Ecosystem int

// Ecosystems returns every ecosystem, in the C library's order.
func Ecosystems() []Ecosystem {
	all := make([]Ecosystem, len(ecosystems))
	for i := range all {
		all[i] = Ecosystem(i)
	}
	return all
}

// String returns the ecosystem's short name: "go", "dotnet", "spring";
// "" for any other value.
func (eco Ecosystem) String() string {
	if eco < 0 || int(eco) >= len(ecosystems) {
		return ""
	}
	return ecosystems[eco].name
}

// Qualifier returns what the ecosystem's code usually writes before an
// identifier: "http.", "HttpStatusCode.", ":"; "" for any other value.
func (eco Ecosystem) Qualifier() string {
	if eco < 0 || int(eco) >= len(ecosystems) {
		return ""
	}
	return ecosystems[eco].qualifier
}

// A folded stem of an identifier, what it leads to (a position in entries,
// or len(entries) plus one in unofficialStatuses) and, bit i for
// identifierPrefixes[i], the folded prefixes it may follow.
type identifierStem struct {
	key      string
	target   int
	prefixes uint
}

// One target's identifiers, ecosystem by ecosystem, status line and links.
type targetDatum struct {
	identifiers           [len(ecosystems)][]string
	statusLine, spec, mdn string
}

// What an unknown Status or no meaning has: no identifiers, no line, no links.
var noTarget targetDatum

func (s Status) datum() *targetDatum {
	if !s.Known() {
		return &noTarget
	}
	return &targetData[positionByCode[s-minCode]-1]
}

func (u UnofficialStatus) datum() *targetDatum {
	if !u.Known() {
		return &noTarget
	}
	return &targetData[len(entries)+unofficialPosition(u)]
}

func (d *targetDatum) identifiersIn(eco Ecosystem) []string {
	if eco < 0 || int(eco) >= len(ecosystems) {
		return nil
	}
	return append([]string(nil), d.identifiers[eco]...)
}

// Identifiers returns the identifiers eco gives the code, as it spells them
// without its qualifier ("StatusNotFound"), the usual one first, in a new
// slice; nil when it names no such code, for an unknown Status or Ecosystem.
func (s Status) Identifiers(eco Ecosystem) []string { return s.datum().identifiersIn(eco) }

// Identifiers returns the identifiers eco gives this meaning (Spring's
// "BANDWIDTH_LIMIT_EXCEEDED"), as Status.Identifiers does.
func (u UnofficialStatus) Identifiers(eco Ecosystem) []string { return u.datum().identifiersIn(eco) }

// StatusLine returns the HTTP/1.1 status line with its CRLF, "HTTP/1.1 404
// Not Found\r\n"; "" for an unknown Status.
func (s Status) StatusLine() string { return s.datum().statusLine }

// StatusLine returns the meaning's HTTP/1.1 status line with its CRLF;
// "" for no meaning.
func (u UnofficialStatus) StatusLine() string { return u.datum().statusLine }

// SpecURL returns the URL of the defining spec, at its section where it has
// one: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"; "" for an
// unknown Status.
func (s Status) SpecURL() string { return s.datum().spec }

// MDNURL returns MDN's page for the code; "" where MDN has none (104, 305)
// and for an unknown Status.
func (s Status) MDNURL() string { return s.datum().mdn }

// identifierTarget returns the target whose identifier the folded key is,
// or -1: the key is split into each prefix and a stem, and the stem says
// which prefixes it follows.
func identifierTarget(key string) int {
	for p, prefix := range identifierPrefixes {
		if !strings.HasPrefix(key, prefix) {
			continue
		}
		stem := key[len(prefix):]
		low := sort.Search(len(identifierStems), func(i int) bool { return identifierStems[i].key >= stem })
		if low < len(identifierStems) && identifierStems[low].key == stem &&
			identifierStems[low].prefixes>>p&1 != 0 {
			return identifierStems[low].target
		}
	}
	return -1
}

// foldIdentifier folds s as Find folds, into key; 0 for a byte no
// identifier holds or a key longer than any.
func foldIdentifier(s string, key *[maxIdentifierKey]byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isSeparator(c):
			continue
		case isLetter(c):
			c &^= 0x20
		case !isDigit(c):
			return 0
		}
		if n == len(key) {
			return 0
		}
		key[n] = c
		n++
	}
	return n
}

// targetIn returns the target of the folded identifier key[:n] if it is
// of the kind asked for (registered or not), or -1.
func targetIn(key *[maxIdentifierKey]byte, n int, registered bool) int {
	if n == 0 {
		return -1
	}
	if t := identifierTarget(string(key[:n])); t >= 0 && (t < len(entries)) == registered {
		return t
	}
	return -1
}

// afterQualifier returns what follows the qualifier s starts with, or s
// when it starts with none; something must follow the qualifier.
func afterQualifier(s string) string {
	for _, q := range qualifiers {
		if len(s) > len(q) && s[:len(q)] == q {
			return s[len(q):]
		}
	}
	return s
}

// afterStatusHeader returns what follows ":status:" or "Status:" and white
// space, and whether s starts with either and more.
func afterStatusHeader(s string) (string, bool) {
	for _, header := range [...]string{":status:", "Status:"} {
		if len(s) > len(header) && s[:len(header)] == header {
			return trimLeftSpace(s[len(header):]), true
		}
	}
	return s, false
}

// identifierFind is what Find (registered) and UnofficialFind (not) look
// for once their own rules fail: a status header, an identifier,
// optionally qualified, or a qualifier then text the lookup finds. It
// returns a target, or -1.
func identifierFind(s string, registered bool) int {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	var key [maxIdentifierKey]byte
	// Letters, digits and separators only can be nothing but a bare
	// identifier: every header and qualifier holds a ':' or a '.'.
	if n := foldIdentifier(s, &key); n > 0 || s == "" {
		return targetIn(&key, n, registered)
	}
	// What follows a header starts with a digit, which the lookups answer
	// without coming back here.
	if rest, isHeader := afterStatusHeader(s); isHeader {
		if rest == "" || !isDigit(rest[0]) {
			return -1
		}
		return lookupTarget(rest, registered)
	}
	rest := afterQualifier(s)
	if len(rest) == len(s) {
		return -1
	}
	// Skipped here so that the test below sees a second qualifier after
	// white space too (": : ..."): one recursion at most, as in C.
	for len(rest) > 0 && isSpace(rest[0]) {
		rest = rest[1:]
	}
	if t := targetIn(&key, foldIdentifier(rest, &key), registered); t >= 0 {
		return t
	}
	// One qualifier: the lookup comes back here with text that starts
	// with none.
	if len(afterQualifier(rest)) == len(rest) {
		return lookupTarget(rest, registered)
	}
	return -1
}

// lookupTarget returns the target findGo or unofficialFindGo gives s, or -1.
func lookupTarget(s string, registered bool) int {
	if registered {
		if found, ok := findGo(s); ok {
			return int(positionByCode[found-minCode]) - 1
		}
		return -1
	}
	if found, ok := unofficialFindGo(s); ok {
		return len(entries) + unofficialPosition(found)
	}
	return -1
}

// The registered Status of a target identifierFind gave.
func identifierStatus(target int) (Status, bool) {
	if target < 0 {
		return 0, false
	}
	return Status(entries[target].code), true
}

// The unofficial meaning of a target identifierFind gave.
func identifierMeaning(target int) (UnofficialStatus, bool) {
	if target < 0 {
		return UnofficialStatus{}, false
	}
	return unofficialStatuses[target-len(entries)], true
}

// unofficialPosition returns u's position in unofficialStatuses, a known u.
func unofficialPosition(u UnofficialStatus) int {
	for i := range unofficialStatuses {
		if unofficialStatuses[i].m == u.m {
			return i
		}
	}
	return -1
}
