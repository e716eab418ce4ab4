//go:build cgo

package httpstatus

// The identifier tables and lookups against the C library: the same
// ecosystems, identifiers, status lines and links, and the same answers
// for every identifier in every spelling the lookups accept.

import (
	"strings"
	"testing"

	"httpstatus/internal/swig"
)

func TestEcosystemsMatchTheCLibrary(t *testing.T) {
	if got, want := int64(len(Ecosystems())), swig.Httpstatus_ecosystem_count(); got != want || got == 0 {
		t.Fatalf("%d ecosystems, C has %d", got, want)
	}
	for _, eco := range append(Ecosystems(), -1, Ecosystem(len(ecosystems))) {
		c := swig.Enum_SS_httpstatus_ecosystem(eco)
		if eco.String() != swig.Httpstatus_ecosystem_name(c) ||
			eco.Qualifier() != swig.Httpstatus_ecosystem_qualifier(c) {
			t.Errorf("Ecosystem(%d) = %q %q, C has %q %q", int(eco), eco, eco.Qualifier(),
				swig.Httpstatus_ecosystem_name(c), swig.Httpstatus_ecosystem_qualifier(c))
		}
	}
	if int(EcosystemGo) != int(swig.HTTPSTATUS_ECOSYSTEM_GO) {
		t.Errorf("EcosystemGo is %d, C's %d", int(EcosystemGo), int(swig.HTTPSTATUS_ECOSYSTEM_GO))
	}
}

// cIdentifiers returns C's identifiers of e in eco, in order.
func cIdentifiers(e swig.Httpstatus, eco Ecosystem) []string {
	var names []string
	for i := int64(0); ; i++ {
		name := swig.Httpstatus_identifier(e, swig.Enum_SS_httpstatus_ecosystem(eco), i)
		if name == "" {
			return names
		}
		names = append(names, name)
	}
}

// Every identifier of every target, bare, after every qualifier, after
// two and in a status header, as Find and UnofficialFind would be given it.
func identifierSpellings(ids []string, eco Ecosystem) []string {
	var texts []string
	for _, id := range ids {
		texts = append(texts, id, " "+strings.ToLower(id)+"\t", "ngx.ngx."+id,
			eco.Qualifier()+" "+id, eco.Qualifier()+"HTTP/1.1 "+id, ":status: "+id, "Status:"+id, id+".")
		for _, q := range qualifiers {
			texts = append(texts, q+id)
		}
	}
	return texts
}

func TestIdentifiersMatchTheCLibrary(t *testing.T) {
	var texts []string
	check := func(what string, got, want []string) {
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s = %q, C has %q", what, got, want)
		}
	}
	for i, s := range All() {
		e := swig.Httpstatus_at(int64(i))
		for _, eco := range Ecosystems() {
			check(s.String()+" "+eco.String(), s.Identifiers(eco), cIdentifiers(e, eco))
			texts = append(texts, identifierSpellings(s.Identifiers(eco), eco)...)
		}
		if s.StatusLine() != swig.Httpstatus_status_line(e) || s.SpecURL() != e.GetSpec_url() ||
			s.MDNURL() != e.GetMdn_url() {
			t.Errorf("%v: %q %q %q, C has %q %q %q", s, s.StatusLine(), s.SpecURL(), s.MDNURL(),
				swig.Httpstatus_status_line(e), e.GetSpec_url(), e.GetMdn_url())
		}
		texts = append(texts, ":status: "+s.String(), "Status: "+s.String()[:3], ":status:"+s.Phrase())
	}
	for i, u := range AllUnofficial() {
		e := swig.Httpstatus_unofficial_at(int64(i))
		for _, eco := range Ecosystems() {
			check(u.String()+" "+eco.String(), u.Identifiers(eco), cIdentifiers(e, eco))
			texts = append(texts, identifierSpellings(u.Identifiers(eco), eco)...)
		}
		if u.StatusLine() != swig.Httpstatus_status_line(e) {
			t.Errorf("%v: %q, C has %q", u, u.StatusLine(), swig.Httpstatus_status_line(e))
		}
	}
	if Status(0).StatusLine() != "" || Status(0).Identifiers(EcosystemGo) != nil ||
		(UnofficialStatus{}).StatusLine() != "" || Status(404).Identifiers(-1) != nil {
		t.Error("no status or no ecosystem has identifiers or a status line")
	}
	// Every stem after every prefix, those it may not follow too.
	for _, stem := range identifierStems {
		for _, prefix := range identifierPrefixes {
			texts = append(texts, prefix+stem.key, prefix+"_"+strings.ToLower(stem.key))
		}
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d spellings", len(texts))
	}
	for _, text := range texts {
		want := rawCode(swig.Httpstatus_find(text))
		if got, ok := findGo(text); ok != (want != 0) || int(got) != want {
			t.Errorf("findGo(%q) = %v, %v; C gives %d", text, got, ok, want)
		}
		raw := swig.Httpstatus_unofficial_find(text)
		if got, ok := unofficialFindGo(text); ok != (raw.Swigcptr() != 0) ||
			ok && (got.Code() != raw.GetCode() || got.Name() != raw.GetName()) {
			t.Errorf("unofficialFindGo(%q) = %v, %v; C gives %d", text, got, ok, rawCode(raw))
		}
	}
}
