package httpstatus

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"httpstatus/internal/swig"
)

// A NAME or phrase with the constant and the code the data file gives it;
// the tables of them are generated (statuses_test.go).
type dataText struct {
	status Status
	code   int
	text   string
}

func TestAllMatchesTheCLibrary(t *testing.T) {
	statuses := All()
	if got, want := int64(len(statuses)), swig.Httpstatus_count(); got != want {
		t.Fatalf("All() has %d statuses, httpstatus_count() is %d", got, want)
	}
	for i, s := range statuses {
		e := swig.Httpstatus_at(int64(i))
		if e.Swigcptr() == 0 {
			t.Fatalf("httpstatus_at(%d) is NULL", i)
		}
		if int(s) != e.GetCode() || s.Name() != e.GetName() ||
			s.Phrase() != e.GetPhrase() || s.Description() != e.GetDescription() ||
			s.Spec() != e.GetSpec() || s.Origin() != e.GetOrigin() {
			t.Errorf("All()[%d] = %d %q %q %q %q %q, C has %d %q %q %q %q %q", i,
				int(s), s.Name(), s.Phrase(), s.Description(), s.Spec(), s.Origin(),
				e.GetCode(), e.GetName(), e.GetPhrase(), e.GetDescription(), e.GetSpec(), e.GetOrigin())
		}
		if int(s.Class()) != int(e.GetStatus_class()) || int(s.Registry()) != int(e.GetRegistry()) ||
			uint(s.Properties()) != e.GetFlags() {
			t.Errorf("%d: class %d, registry %d, properties %d; C has %d, %d, %d", int(s),
				s.Class(), s.Registry(), s.Properties(), e.GetStatus_class(), e.GetRegistry(), e.GetFlags())
		}
		if s.Origin() != "IANA" {
			t.Errorf("%d: Origin() = %q", int(s), s.Origin())
		}
		if i > 0 && statuses[i-1] >= s {
			t.Errorf("All() is not in code order at %d: %d then %d", i, statuses[i-1], s)
		}
	}
}

func TestAllMatchesTheDataFile(t *testing.T) {
	statuses := All()
	if len(statuses) != len(dataNames) || len(statuses) != len(dataPhrases) {
		t.Fatalf("All() has %d statuses, the data file %d", len(statuses), len(dataNames))
	}
	for i, s := range statuses {
		if name := dataNames[i]; s != name.status || int(s) != name.code || s.Name() != name.text {
			t.Errorf("All()[%d] = %d %s, the data file has %d %s", i, int(s), s.Name(), name.code, name.text)
		}
		if phrase := dataPhrases[i]; s.Phrase() != phrase.text {
			t.Errorf("%d has phrase %q, the data file %q", int(s), s.Phrase(), phrase.text)
		}
	}
}

func TestEveryStatusRoundTrips(t *testing.T) {
	for _, s := range All() {
		lookups := []struct {
			how   string
			found func() (Status, bool)
		}{
			{"FromCode", func() (Status, bool) { return FromCode(int(s)) }},
			{"FromName", func() (Status, bool) { return FromName(s.Name()) }},
			{"FromPhrase", func() (Status, bool) { return FromPhrase(s.Phrase()) }},
			{"Find(code)", func() (Status, bool) { return Find(strconv.Itoa(int(s))) }},
			{"Find(NAME)", func() (Status, bool) { return Find(s.Name()) }},
			{"Find(name)", func() (Status, bool) { return Find(strings.ToLower(s.Name())) }},
			{"Find(phrase)", func() (Status, bool) { return Find(s.Phrase()) }},
			{"Find(String())", func() (Status, bool) { return Find(s.String()) }},
			{"Find(status line)", func() (Status, bool) { return Find("HTTP/1.1 " + s.String()) }},
			{"Find(HTTP/2 code)", func() (Status, bool) { return Find("HTTP/2 " + strconv.Itoa(int(s))) }},
			{"Suggest(phrase)", func() (Status, bool) { return Suggest(strings.ToLower(s.Phrase())) }},
		}
		for _, l := range lookups {
			if got, ok := l.found(); !ok || got != s {
				t.Errorf("%s for %d = %d, %v", l.how, int(s), int(got), ok)
			}
		}
		if !s.Known() || s.String() != strconv.Itoa(int(s))+" "+s.Phrase() {
			t.Errorf("%d: Known() = %v, String() = %q", int(s), s.Known(), s.String())
		}
	}
}

func TestOldNamesAndPhrases(t *testing.T) {
	for _, old := range dataOldNames {
		s, ok := FromName(old.text)
		if !ok || s != old.status || int(s) != old.code {
			t.Errorf("FromName(%q) = %d, %v; the data file has %d", old.text, int(s), ok, old.code)
		}
		if s, ok := Find(old.text); !ok || int(s) != old.code {
			t.Errorf("Find(%q) = %d, %v; the data file has %d", old.text, int(s), ok, old.code)
		}
		if s.Name() == old.text {
			t.Errorf("Name() of %d is its old name %s", int(s), old.text)
		}
	}
	for _, old := range dataOldPhrases {
		s, ok := FromPhrase(old.text)
		if !ok || s != old.status || int(s) != old.code {
			t.Errorf("FromPhrase(%q) = %d, %v; the data file has %d", old.text, int(s), ok, old.code)
		}
		if s, ok := Find(old.text); !ok || int(s) != old.code {
			t.Errorf("Find(%q) = %d, %v; the data file has %d", old.text, int(s), ok, old.code)
		}
		if s.Phrase() == old.text {
			t.Errorf("Phrase() of %d is its old phrase %q", int(s), old.text)
		}
	}
	// The C library's lists, which the Go tables are built from.
	var oldNames, oldPhrases int
	for ; swig.Httpstatus_old_name_at(int64(oldNames)).Swigcptr() != 0; oldNames++ {
	}
	for ; swig.Httpstatus_old_phrase_at(int64(oldPhrases)).Swigcptr() != 0; oldPhrases++ {
	}
	if oldNames != len(dataOldNames) || oldPhrases != len(dataOldPhrases) {
		t.Errorf("C lists %d old names and %d old phrases, the data file %d and %d",
			oldNames, oldPhrases, len(dataOldNames), len(dataOldPhrases))
	}
}

func TestClassOfEveryCode(t *testing.T) {
	for code := -1000; code <= 1000; code++ {
		s := Status(code)
		classes := []bool{s.IsInformational(), s.IsSuccess(), s.IsRedirection(),
			s.IsClientError(), s.IsServerError()}
		for digit, is := range classes {
			if want := code >= 100 && code <= 599 && code/100 == digit+1; is != want {
				t.Errorf("Status(%d): class %dxx predicate is %v", code, digit+1, is)
			}
		}
	}
}

func TestUnknownCodes(t *testing.T) {
	known := map[Status]bool{}
	for _, s := range All() {
		known[s] = true
	}
	for code := -1000; code <= 1000; code++ {
		s := Status(code)
		if known[s] {
			continue
		}
		if got, ok := FromCode(code); ok || got != 0 {
			t.Errorf("FromCode(%d) = %d, %v", code, int(got), ok)
		}
		if s.Known() || s.Name() != "" || s.Phrase() != "" || s.Description() != "" || s.Spec() != "" ||
			s.Origin() != "" || s.Registry() != RegistryNone || s.Properties() != 0 {
			t.Errorf("Status(%d) has an entry: %v %q %q %q %q %q %v %v",
				code, s.Known(), s.Name(), s.Phrase(), s.Description(), s.Spec(), s.Origin(),
				s.Registry(), s.Properties())
		}
		if want := "Status(" + strconv.Itoa(code) + ")"; s.String() != want {
			t.Errorf("Status(%d).String() = %q, want %q", code, s.String(), want)
		}
	}
}

func TestHugeCodesDoNotWrap(t *testing.T) {
	huge := []int{1 << 40, -1 << 40, 1 << 62, math.MaxInt64, math.MinInt64,
		math.MaxInt32 + 1, math.MinInt32 - 1, math.MaxUint32 + 1}
	// Each code plus a multiple of 2^32 would become that code if anything
	// on the way to C truncated it to 32 bits.
	for _, s := range All() {
		huge = append(huge, int(s)+1<<32, int(s)-1<<32, int(s)+1<<62)
	}
	for _, u := range AllUnofficial() {
		huge = append(huge, u.Code+1<<32, u.Code-1<<32)
	}
	for _, code := range huge {
		if got, ok := FromCode(code); ok {
			t.Errorf("FromCode(%d) = %d", code, int(got))
		}
		if Status(code).Known() || Status(code).IsClientError() {
			t.Errorf("Status(%d) is known or a client error", code)
		}
		if e := swig.Httpstatus_from_code(int64(code)); e.Swigcptr() != 0 {
			t.Errorf("httpstatus_from_code(%d) = %d", code, e.GetCode())
		}
		if ClassOf(code) != ClassNone || Unofficial(code) != nil {
			t.Errorf("ClassOf(%d) = %v, Unofficial(%d) = %v", code, ClassOf(code), code, Unofficial(code))
		}
		if e := swig.Httpstatus_unofficial_from_code(int64(code)); e.Swigcptr() != 0 {
			t.Errorf("httpstatus_unofficial_from_code(%d) = %d", code, e.GetCode())
		}
	}
}

func TestBadText(t *testing.T) {
	mib := strings.Repeat("A", 1<<20)
	bad := []string{"", " ", "\x00", "\xff", "\xc3\x28", mib, "NOT_FOUND" + mib[:1<<20-9],
		strings.Repeat("\x00", 1<<20), "404" + mib, "4O4", "not found!"}
	for _, s := range All() {
		for _, text := range []string{s.Name(), s.Phrase()} {
			bad = append(bad,
				text+"\x00", "\x00"+text, text[:1]+"\x00"+text[1:], // embedded NUL
				text+"\xff", "\x80"+text, text[:1]+"\xc3"+text[1:], // invalid UTF-8
				text+mib) // 1 MiB longer
		}
	}
	for _, text := range bad {
		for _, lookup := range []struct {
			how  string
			find func(string) (Status, bool)
		}{{"FromName", FromName}, {"FromPhrase", FromPhrase}, {"Find", Find}} {
			if got, ok := lookup.find(text); ok || got != 0 {
				t.Errorf("%s(%.40q) = %d, %v", lookup.how, text, int(got), ok)
			}
		}
		if got, ok := UnofficialFind(text); ok || got != (UnofficialStatus{}) {
			t.Errorf("UnofficialFind(%.40q) = %v, %v", text, got, ok)
		}
		// A near miss of a NAME ("NOT_FOUND" and a NUL byte) may be a typo.
		got, ok := Suggest(text)
		if c := swig.Httpstatus_suggest(text); ok != (c.Swigcptr() != 0) || ok && int(got) != c.GetCode() {
			t.Errorf("Suggest(%.40q) = %d, %v; the C library disagrees", text, int(got), ok)
		}
	}
}

func TestAllReturnsACopy(t *testing.T) {
	first := All()
	first[0] = 999
	if All()[0] == 999 {
		t.Error("All() hands out its own slice")
	}
}

func TestConcurrentLookups(t *testing.T) {
	done := make(chan []string)
	for g := 0; g < 8; g++ {
		go func() {
			var wrong []string
			for _, s := range All() {
				byCode, _ := FromCode(int(s))
				byName, _ := FromName(s.Name())
				found, _ := Find(s.Phrase())
				if byCode != s || byName != s || found != s {
					wrong = append(wrong, s.String())
				}
			}
			done <- wrong
		}()
	}
	for g := 0; g < 8; g++ {
		if wrong := <-done; len(wrong) > 0 {
			t.Errorf("lookups from several goroutines disagree for %v", wrong)
		}
	}
}

func TestEnumsMatchTheCLibrary(t *testing.T) {
	classes := map[Class]swig.Enum_SS_httpstatus_class{
		ClassNone: swig.HTTPSTATUS_CLASS_NONE, ClassInformational: swig.HTTPSTATUS_CLASS_INFORMATIONAL,
		ClassSuccess: swig.HTTPSTATUS_CLASS_SUCCESS, ClassRedirection: swig.HTTPSTATUS_CLASS_REDIRECTION,
		ClassClientError: swig.HTTPSTATUS_CLASS_CLIENT_ERROR, ClassServerError: swig.HTTPSTATUS_CLASS_SERVER_ERROR,
	}
	for c, want := range classes {
		if int(c) != int(want) {
			t.Errorf("Class %v is %d, C has %d", c, int(c), want)
		}
		if name := swig.Httpstatus_class_name(want); c != ClassNone && c.String() != name {
			t.Errorf("Class(%d).String() = %q, C has %q", int(c), c.String(), name)
		}
	}
	registries := map[Registry]swig.Enum_SS_httpstatus_registry{
		RegistryPermanent: swig.HTTPSTATUS_REGISTRY_PERMANENT, RegistryTemporary: swig.HTTPSTATUS_REGISTRY_TEMPORARY,
		RegistryUnused: swig.HTTPSTATUS_REGISTRY_UNUSED, RegistryObsoleted: swig.HTTPSTATUS_REGISTRY_OBSOLETED,
		RegistryUnofficial: swig.HTTPSTATUS_REGISTRY_UNOFFICIAL,
	}
	for r, want := range registries {
		if int(r) != int(want) || r.String() != swig.Httpstatus_registry_name(want) {
			t.Errorf("Registry %d %q, C has %d %q", int(r), r, want, swig.Httpstatus_registry_name(want))
		}
	}
	properties := map[Properties]swig.Enum_SS_httpstatus_flag{
		PropertyCacheable: swig.HTTPSTATUS_FLAG_CACHEABLE, PropertyNoContent: swig.HTTPSTATUS_FLAG_NO_CONTENT,
		PropertyRedirect: swig.HTTPSTATUS_FLAG_REDIRECT, PropertyKeepsMethod: swig.HTTPSTATUS_FLAG_KEEPS_METHOD,
		PropertyRetryable: swig.HTTPSTATUS_FLAG_RETRYABLE, PropertyInterim: swig.HTTPSTATUS_FLAG_INTERIM,
	}
	for p, want := range properties {
		if int(p) != int(want) || p.String() != swig.Httpstatus_flag_name(want) {
			t.Errorf("Property %d %q, C has %d %q", int(p), p, want, swig.Httpstatus_flag_name(want))
		}
	}
	// Every flag the C library names has a constant here.
	for bit := 0; bit < 31; bit++ {
		if name := swig.Httpstatus_flag_name(swig.Enum_SS_httpstatus_flag(1 << bit)); name != "" {
			if _, ok := properties[Properties(1<<bit)]; !ok {
				t.Errorf("no Property constant for C's flag %q", name)
			}
		}
	}
	if got := (PropertyCacheable | PropertyRetryable).String(); got != "cacheable|retryable" {
		t.Errorf("String() of two properties = %q", got)
	}
	for s, want := range map[fmt.Stringer]string{ClassNone: "Class(0)", Class(9): "Class(9)",
		RegistryNone: "Registry(-1)", Registry(9): "Registry(9)", Properties(0): "", Properties(1 << 30): ""} {
		if s.String() != want {
			t.Errorf("%#v.String() = %q, want %q", s, s.String(), want)
		}
	}
	if Version() != swig.Httpstatus_version() || Version() == "" {
		t.Errorf("Version() = %q, C has %q", Version(), swig.Httpstatus_version())
	}
}

func TestPropertyPredicates(t *testing.T) {
	var seen Properties
	for _, s := range All() {
		p := s.Properties()
		seen |= p
		predicates := map[Properties]bool{
			PropertyCacheable: s.IsCacheable(), PropertyNoContent: s.IsNoContent(),
			PropertyRedirect: s.IsRedirect(), PropertyKeepsMethod: s.KeepsMethod(),
			PropertyRetryable: s.IsRetryable(), PropertyInterim: s.IsInterim(),
		}
		for q, is := range predicates {
			if is != p.Has(q) {
				t.Errorf("%v: predicate of %v is %v, properties %v", s, q, is, p)
			}
		}
		if names := p.Names(); strings.Join(names, "|") != p.String() {
			t.Errorf("%v: Names() = %v, String() = %q", s, names, p.String())
		}
	}
	// Every property belongs to some status, so each predicate was seen true.
	if all := PropertyCacheable | PropertyNoContent | PropertyRedirect | PropertyKeepsMethod |
		PropertyRetryable | PropertyInterim; seen != all {
		t.Errorf("properties seen: %v", seen)
	}
	if !ServiceUnavailable.IsRetryable() {
		t.Error("503 is not retryable")
	}
}

func TestClassOfMatchesTheCLibrary(t *testing.T) {
	for code := -1000; code <= 1000; code++ {
		if got, want := ClassOf(code), swig.Httpstatus_class_of(int64(code)); int(got) != int(want) {
			t.Errorf("ClassOf(%d) = %v, C has %d", code, got, want)
		}
		if Status(code).Class() != ClassOf(code) {
			t.Errorf("Status(%d).Class() = %v", code, Status(code).Class())
		}
	}
	if ClassOf(499) != ClassClientError || ClassOf(499).String() != "client_error" {
		t.Errorf("ClassOf(499) = %v", ClassOf(499))
	}
}
