package httpstatus

// The package against the data file's tables (statuses_test.go, generated):
// these run with and without cgo. c_test.go compares with the C library.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// A NAME, phrase or constant with the constant and the code the data file
// gives it; the tables of them are generated (statuses_test.go).
type dataText struct {
	status Status
	code   int
	text   string
}

func TestAllMatchesTheDataFile(t *testing.T) {
	statuses := All()
	if len(statuses) != len(dataNames) || len(statuses) != len(dataPhrases) {
		t.Fatalf("All() has %d statuses, the data file %d", len(statuses), len(dataNames))
	}
	for i, s := range statuses {
		if name := dataNames[i]; s != name.status || s.Code() != name.code || s.Name() != name.text {
			t.Errorf("All()[%d] = %d %s, the data file has %d %s", i, int(s), s.Name(), name.code, name.text)
		}
		if phrase := dataPhrases[i]; s.Phrase() != phrase.text {
			t.Errorf("%d has phrase %q, the data file %q", int(s), s.Phrase(), phrase.text)
		}
		if s.Origin() != "IANA" || s.Class() != ClassOf(int(s)) {
			t.Errorf("%d: Origin() = %q, Class() = %v", int(s), s.Origin(), s.Class())
		}
		if i > 0 && statuses[i-1] >= s {
			t.Errorf("All() is not in code order at %d: %d then %d", i, statuses[i-1], s)
		}
	}
}

// Every constant, net/http's names among them, is its code.
func TestConstants(t *testing.T) {
	for _, c := range dataConstants {
		if s, ok := FromCode(c.code); !ok || s != c.status || c.text == "" {
			t.Errorf("%s = %d, FromCode(%d) = %v, %v", c.text, int(c.status), c.code, s, ok)
		}
	}
}

func TestEveryStatusRoundTrips(t *testing.T) {
	for _, s := range All() {
		code := strconv.Itoa(int(s))
		lookups := []struct {
			how   string
			found func(string) (Status, bool)
			text  string
		}{
			{"FromName", FromName, s.Name()},
			{"FromPhrase", FromPhrase, s.Phrase()},
			{"Find(code)", Find, code},
			{"Find(NAME)", Find, s.Name()},
			{"Find(name)", Find, strings.ToLower(s.Name())},
			{"Find(phrase)", Find, s.Phrase()},
			{"Find(String())", Find, s.String()},
			{"Find(status line)", Find, "HTTP/1.1 " + s.String()},
			{"Find(HTTP/2 code)", Find, "HTTP/2 " + code},
			{"Suggest(phrase)", Suggest, strings.ToLower(s.Phrase())},
		}
		for _, l := range lookups {
			if got, ok := l.found(l.text); !ok || got != s {
				t.Errorf("%s for %d = %d, %v", l.how, int(s), int(got), ok)
			}
		}
		if got, ok := FromCode(int(s)); !ok || got != s || !s.Known() || s.String() != code+" "+s.Phrase() {
			t.Errorf("%d: FromCode %v %v, Known() = %v, String() = %q", int(s), got, ok, s.Known(), s.String())
		}
	}
}

func TestOldNamesAndPhrases(t *testing.T) {
	for _, old := range []struct {
		what    string
		texts   []dataText
		exact   func(string) (Status, bool)
		current func(Status) string
	}{
		{"name", dataOldNames, FromName, Status.Name},
		{"phrase", dataOldPhrases, FromPhrase, Status.Phrase},
	} {
		for _, o := range old.texts {
			for how, lookup := range map[string]func(string) (Status, bool){"exact": old.exact, "Find": Find} {
				if s, ok := lookup(o.text); !ok || s != o.status || int(s) != o.code {
					t.Errorf("%s lookup of old %s %q = %d, %v; the data file has %d",
						how, old.what, o.text, int(s), ok, o.code)
				}
			}
			if old.current(o.status) == o.text {
				t.Errorf("the %s of %d is its old %s %q", old.what, o.code, old.what, o.text)
			}
		}
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
		if want := Class(code / 100); code < 100 || code > 599 {
			if ClassOf(code) != ClassNone {
				t.Errorf("ClassOf(%d) = %v", code, ClassOf(code))
			}
		} else if ClassOf(code) != want || s.Class() != want {
			t.Errorf("ClassOf(%d) = %v", code, ClassOf(code))
		}
	}
}

func TestUnknownCodes(t *testing.T) {
	huge := []int{1 << 40, -1 << 40, 1 << 62, math.MaxInt64, math.MinInt64,
		math.MaxInt32 + 1, math.MinInt32 - 1, math.MaxUint32 + 1}
	// Each code plus a multiple of 2^32 would become that code if anything
	// on the way truncated it to 32 bits.
	for _, s := range All() {
		huge = append(huge, int(s)+1<<32, int(s)-1<<32, int(s)+1<<62)
	}
	unknown := huge
	for code := -1000; code <= 1000; code++ {
		if !dataHasCode(code) {
			unknown = append(unknown, code)
		}
	}
	for _, code := range unknown {
		s := Status(code)
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
	for _, code := range huge {
		if ClassOf(code) != ClassNone || Unofficial(code) != nil {
			t.Errorf("ClassOf(%d) = %v, Unofficial(%d) = %v", code, ClassOf(code), code, Unofficial(code))
		}
	}
}

func dataHasCode(code int) bool {
	for _, n := range dataNames {
		if n.code == code {
			return true
		}
	}
	return false
}

// Hostile text: each lookup says no, and Suggest does not crash.
func badTexts() []string {
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
	return bad
}

func TestBadText(t *testing.T) {
	for _, text := range badTexts() {
		for how, lookup := range map[string]func(string) (Status, bool){
			"FromName": FromName, "FromPhrase": FromPhrase, "Find": Find, "findGo": findGo} {
			if got, ok := lookup(text); ok || got != 0 {
				t.Errorf("%s(%.40q) = %d, %v", how, text, int(got), ok)
			}
		}
		for how, lookup := range map[string]func(string) (UnofficialStatus, bool){
			"UnofficialFind": UnofficialFind, "unofficialFindGo": unofficialFindGo} {
			if got, ok := lookup(text); ok || got != (UnofficialStatus{}) {
				t.Errorf("%s(%.40q) = %v, %v", how, text, got, ok)
			}
		}
		Suggest(text)
		suggestGo(text)
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

func TestStringsAreReadable(t *testing.T) {
	for s, want := range map[fmt.Stringer]string{
		ClassNone: "none", ClassClientError: "client_error", Class(9): "Class(9)", Class(-1): "Class(-1)",
		RegistryNone: "none", RegistryUnused: "unused", Registry(9): "Registry(9)",
		Properties(0): "none", PropertyCacheable | PropertyRetryable: "cacheable|retryable",
		Properties(1<<30 | 1): "cacheable|0x40000000",
		UnofficialStatus{}:    "UnofficialStatus(none)", Status(0): "Status(0)",
	} {
		if s.String() != want {
			t.Errorf("%#v.String() = %q, want %q", s, s.String(), want)
		}
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
		if names := p.Names(); p != 0 && strings.Join(names, "|") != p.String() {
			t.Errorf("%v: Names() = %v, String() = %q", s, names, p.String())
		}
	}
	// Every property belongs to some status, so each predicate was seen true.
	if all := Properties(1<<len(propertyNames) - 1); seen != all {
		t.Errorf("properties seen: %v", seen)
	}
	if !Status(ServiceUnavailable).IsRetryable() || Status(NotImplemented).IsRetryable() {
		t.Error("503 is not retryable, or 501 is")
	}
}
