package httpstatus

import (
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
			s.Spec() != e.GetSpec() {
			t.Errorf("All()[%d] = %d %q %q %q %q, C has %d %q %q %q %q", i,
				int(s), s.Name(), s.Phrase(), s.Description(), s.Spec(),
				e.GetCode(), e.GetName(), e.GetPhrase(), e.GetDescription(), e.GetSpec())
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
		if s.Known() || s.Name() != "" || s.Phrase() != "" || s.Description() != "" || s.Spec() != "" {
			t.Errorf("Status(%d) has an entry: %v %q %q %q %q",
				code, s.Known(), s.Name(), s.Phrase(), s.Description(), s.Spec())
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
