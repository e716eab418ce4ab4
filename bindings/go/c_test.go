//go:build cgo

package httpstatus

// The generated Go tables against the C library, through SWIG: the same
// data, the same enums, the same answers.

import (
	"strings"
	"testing"

	"httpstatus/internal/swig"
)

func TestAllMatchesTheCLibrary(t *testing.T) {
	statuses := All()
	if got, want := int64(len(statuses)), swig.Httpstatus_count(); got != want {
		t.Fatalf("All() has %d statuses, httpstatus_count() is %d", got, want)
	}
	for i, s := range statuses {
		e := swig.Httpstatus_at(int64(i))
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
	}
	if Version() != swig.Httpstatus_version() || Version() == "" {
		t.Errorf("Version() = %q, C has %q", Version(), swig.Httpstatus_version())
	}
}

func TestOldTextsMatchTheCLibrary(t *testing.T) {
	for _, list := range []struct {
		what string
		at   func(int64) swig.Httpstatus_alias
		data []dataText
	}{{"names", swig.Httpstatus_old_name_at, dataOldNames}, {"phrases", swig.Httpstatus_old_phrase_at, dataOldPhrases}} {
		count := 0
		for ; list.at(int64(count)).Swigcptr() != 0; count++ {
			if a := list.at(int64(count)); count < len(list.data) &&
				(a.GetText() != list.data[count].text || a.GetCode() != list.data[count].code) {
				t.Errorf("old %s %d: C has %d %q, the data file %v", list.what, count, a.GetCode(), a.GetText(), list.data[count])
			}
		}
		if count != len(list.data) {
			t.Errorf("C lists %d old %s, the data file %d", count, list.what, len(list.data))
		}
	}
}

// The generated Class, Registry and Properties constants and names are the
// C library's enums.
func TestEnumsMatchTheCLibrary(t *testing.T) {
	for c := ClassInformational; c <= ClassServerError; c++ {
		if name := swig.Httpstatus_class_name(swig.Enum_SS_httpstatus_class(c)); c.String() != name {
			t.Errorf("Class(%d).String() = %q, C has %q", int(c), c, name)
		}
	}
	for r := RegistryPermanent; r <= RegistryUnofficial; r++ {
		if name := swig.Httpstatus_registry_name(swig.Enum_SS_httpstatus_registry(r)); r.String() != name {
			t.Errorf("Registry(%d).String() = %q, C has %q", int(r), r, name)
		}
	}
	for bit := 0; bit < 31; bit++ {
		name := swig.Httpstatus_flag_name(swig.Enum_SS_httpstatus_flag(1 << bit))
		if got := Properties(1 << bit).Names(); (name == "") != (len(got) == 0) || name != "" && got[0] != name {
			t.Errorf("property bit %d: Go names it %v, C %q", bit, got, name)
		}
	}
	pairs := []struct{ goValue, cValue int }{
		{int(ClassNone), int(swig.HTTPSTATUS_CLASS_NONE)}, {int(ClassServerError), int(swig.HTTPSTATUS_CLASS_SERVER_ERROR)},
		{int(RegistryPermanent), int(swig.HTTPSTATUS_REGISTRY_PERMANENT)},
		{int(RegistryUnofficial), int(swig.HTTPSTATUS_REGISTRY_UNOFFICIAL)},
		{int(PropertyCacheable), int(swig.HTTPSTATUS_FLAG_CACHEABLE)}, {int(PropertyInterim), int(swig.HTTPSTATUS_FLAG_INTERIM)},
	}
	for _, p := range pairs {
		if p.goValue != p.cValue {
			t.Errorf("Go has %d where C has %d", p.goValue, p.cValue)
		}
	}
}

func TestClassOfMatchesTheCLibrary(t *testing.T) {
	for code := -1000; code <= 1000; code++ {
		if got, want := ClassOf(code), swig.Httpstatus_class_of(int64(code)); int(got) != int(want) {
			t.Errorf("ClassOf(%d) = %v, C has %d", code, got, want)
		}
		if _, ok := FromCode(code); ok != (swig.Httpstatus_from_code(int64(code)).Swigcptr() != 0) {
			t.Errorf("FromCode(%d) = %v; the C library disagrees", code, ok)
		}
	}
}

func TestUnofficialMatchesTheCLibrary(t *testing.T) {
	all := AllUnofficial()
	if got, want := int64(len(all)), swig.Httpstatus_unofficial_count(); got != want || got == 0 {
		t.Fatalf("AllUnofficial() has %d meanings, httpstatus_unofficial_count() is %d", got, want)
	}
	for i, u := range all {
		e := swig.Httpstatus_unofficial_at(int64(i))
		if u.Code() != e.GetCode() || u.Name() != e.GetName() || u.Phrase() != e.GetPhrase() ||
			u.Origin() != e.GetOrigin() || u.Description() != e.GetDescription() || u.Spec() != e.GetSpec() ||
			int(u.Registry()) != int(e.GetRegistry()) || uint(u.Properties()) != e.GetFlags() {
			t.Errorf("AllUnofficial()[%d] = %v, C has %d %s", i, u, e.GetCode(), e.GetName())
		}
	}
	for code := 100; code <= 599; code++ {
		meanings, first := Unofficial(code), swig.Httpstatus_unofficial_from_code(int64(code))
		if (first.Swigcptr() == 0) != (meanings == nil) || meanings != nil && meanings[0].Name() != first.GetName() {
			t.Errorf("Unofficial(%d) = %v; C's first meaning differs", code, meanings)
		}
	}
}

// Hostile text, near misses and single words: Suggest and the Go
// implementation agree with the C library.
func TestSuggestAgreesWithTheCLibrary(t *testing.T) {
	texts := badTexts()
	for _, s := range All() {
		for _, text := range []string{s.Phrase(), s.Name()} {
			for cut := 0; cut < len(text); cut++ {
				texts = append(texts, text[:cut]+text[cut+1:])
			}
			// Each word alone: fragments, and the common words that are none.
			texts = append(texts, strings.FieldsFunc(text, func(r rune) bool { return r < 0x80 && isSeparator(byte(r)) })...)
		}
	}
	for _, text := range texts {
		want := rawCode(swig.Httpstatus_suggest(text))
		for how, lookup := range map[string]func(string) (Status, bool){"Suggest": Suggest, "suggestGo": suggestGo} {
			if got, ok := lookup(text); ok != (want != 0) || int(got) != want {
				t.Errorf("%s(%.40q) = %v, %v; C gives %d", how, text, got, ok, want)
			}
		}
	}
}
