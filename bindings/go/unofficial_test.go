package httpstatus

import (
	"strconv"
	"strings"
	"testing"

	"httpstatus/internal/swig"
)

func TestUnofficialMatchesTheCLibrary(t *testing.T) {
	all := AllUnofficial()
	if got, want := int64(len(all)), swig.Httpstatus_unofficial_count(); got != want || got == 0 {
		t.Fatalf("AllUnofficial() has %d meanings, httpstatus_unofficial_count() is %d", got, want)
	}
	for i, u := range all {
		e := swig.Httpstatus_unofficial_at(int64(i))
		want := UnofficialStatus{e.GetCode(), e.GetName(), e.GetPhrase(), e.GetOrigin(),
			e.GetDescription(), e.GetSpec()}
		if u != want {
			t.Errorf("AllUnofficial()[%d] = %+v, C has %+v", i, u, want)
		}
		if e.GetRegistry() != swig.HTTPSTATUS_REGISTRY_UNOFFICIAL || e.GetFlags() != 0 {
			t.Errorf("%v: C has registry %d, flags %d", u, e.GetRegistry(), e.GetFlags())
		}
		if u.Class() != ClassOf(u.Code) || u.String() != strconv.Itoa(u.Code)+" "+u.Phrase {
			t.Errorf("%v: Class() = %v", u, u.Class())
		}
	}
	total := 0
	for code := 100; code <= 599; code++ {
		meanings := Unofficial(code)
		total += len(meanings)
		first := swig.Httpstatus_unofficial_from_code(int64(code))
		if (first.Swigcptr() == 0) != (meanings == nil) {
			t.Errorf("Unofficial(%d) = %v, C's first meaning %v", code, meanings, first.Swigcptr())
			continue
		}
		for i, u := range meanings {
			if u.Code != code || i == 0 && u.Name != first.GetName() {
				t.Errorf("Unofficial(%d)[%d] = %v", code, i, u)
			}
		}
	}
	if total != len(all) {
		t.Errorf("Unofficial over 100..599 gives %d meanings, AllUnofficial %d", total, len(all))
	}
	if len(Unofficial(499)) < 2 { // nginx's, then Esri's
		t.Errorf("Unofficial(499) = %v", Unofficial(499))
	}
	// Each call hands out its own slice.
	Unofficial(499)[0].Name = "CHANGED"
	AllUnofficial()[0].Name = "CHANGED"
	if Unofficial(499)[0].Name == "CHANGED" || AllUnofficial()[0].Name == "CHANGED" {
		t.Error("Unofficial or AllUnofficial hands out the package's own slice")
	}
}

func TestUnofficialFind(t *testing.T) {
	for _, u := range AllUnofficial() {
		first := Unofficial(u.Code)[0]
		for _, c := range []struct {
			text string
			want UnofficialStatus
		}{
			{u.Name, u}, {strings.ToLower(u.Phrase), u}, {strconv.Itoa(u.Code) + " " + u.Phrase, u},
			{strconv.Itoa(u.Code), first}, {"HTTP/1.1 " + strconv.Itoa(u.Code), first},
		} {
			if got, ok := UnofficialFind(c.text); !ok || got != c.want {
				t.Errorf("UnofficialFind(%q) = %v, %v; want %v", c.text, got, ok, c.want)
			}
		}
		if _, known := FromCode(u.Code); !known {
			if s, ok := Find(strconv.Itoa(u.Code)); ok {
				t.Errorf("Find(%d) = %v: an unofficial code", u.Code, s)
			}
		}
	}
	for _, s := range All() {
		got, ok := UnofficialFind(s.Phrase())
		if c := swig.Httpstatus_unofficial_find(s.Phrase()); ok != (c.Swigcptr() != 0) || ok && got.Name != c.GetName() {
			t.Errorf("UnofficialFind(%q) = %v, %v; the C library disagrees", s.Phrase(), got, ok)
		}
	}
}

func TestSuggestAgreesWithTheCLibrary(t *testing.T) {
	tried, found := 0, 0
	for _, s := range All() {
		for _, text := range []string{s.Phrase(), s.Name()} {
			for cut := 0; cut < len(text); cut++ {
				typo := text[:cut] + text[cut+1:]
				got, ok := Suggest(typo)
				if c := swig.Httpstatus_suggest(typo); ok != (c.Swigcptr() != 0) || ok && int(got) != c.GetCode() {
					t.Errorf("Suggest(%q) = %v, %v; the C library disagrees", typo, got, ok)
				}
				tried++
				if ok {
					found++
				}
			}
		}
	}
	if found <= tried/2 {
		t.Errorf("Suggest found %d of %d typos", found, tried)
	}
	for text, want := range map[string]Status{"not fund": NotFound, "teapot": ImATeapot} {
		if got, ok := Suggest(text); !ok || got != want {
			t.Errorf("Suggest(%q) = %v, %v", text, got, ok)
		}
	}
	if got, ok := Suggest("xyz"); ok {
		t.Errorf("Suggest(\"xyz\") = %v", got)
	}
}
