//go:build cgo

package httpstatus

// Native fuzz targets: each compares the Go layer's answer with the raw
// SWIG call's, the C library's own answer, for the same input; for Find,
// Suggest and UnofficialFind, the answer of the Go implementation that
// builds without cgo too (findGo, suggestGo, unofficialFindGo). `go test`
// runs their seeds (every NAME, phrase and code, status lines, the
// unofficial meanings and other ecosystems' identifiers); to explore, one target at a time:
//
//	go test -run '^$' -fuzz '^FuzzFind$' -fuzztime 10s

import (
	"strconv"
	"testing"

	"httpstatus/internal/swig"
)

// Every text the data has, as people type it and as logs print it.
func addTextSeeds(f *testing.F) {
	for _, s := range All() {
		f.Add(s.Name())
		f.Add(s.Phrase())
		f.Add(strconv.Itoa(int(s)))
		f.Add("HTTP/1.1 " + s.String())
	}
	for _, u := range AllUnofficial() {
		f.Add(u.Name())
		f.Add(u.String())
		f.Add("HTTP/2 " + strconv.Itoa(u.Code()))
	}
	// Other ecosystems' identifiers, qualified once and twice, and headers.
	for _, eco := range Ecosystems() {
		for _, id := range Status(404).Identifiers(eco) {
			f.Add(eco.Qualifier() + id)
			f.Add("http." + eco.Qualifier() + " " + id)
		}
	}
	f.Add(":status: 404")
	f.Add("Status: 499 Client Closed Request")
	f.Add("HttpStatus.METHOD_FAILURE")
	f.Add("not fund")
	f.Add("NOT_FOUND\x00")
	f.Add("\xff\xfe")
}

func addCodeSeeds(f *testing.F) {
	for _, code := range []int64{0, -1, 99, 100, 306, 404, 499, 599, 600, 1<<31 + 404, -1 << 63} {
		f.Add(code)
	}
}

// The code of a raw registered entry, 0 for NULL.
func rawCode(e swig.Httpstatus) int {
	if e.Swigcptr() == 0 {
		return 0
	}
	return e.GetCode()
}

// Fails unless the layer's Status is the raw entry (codes of registered
// entries are unique).
func sameStatus(t *testing.T, call string, got Status, ok bool, raw swig.Httpstatus) {
	t.Helper()
	want := rawCode(raw)
	if ok != (want != 0) || (ok && int(got) != want) {
		t.Fatalf("%s: Go gives %d %v, C gives %d", call, int(got), ok, want)
	}
}

// Fails unless the layer's meaning is the raw one (NAMEs of unofficial
// meanings are unique).
func sameMeaning(t *testing.T, call string, got UnofficialStatus, ok bool, raw swig.Httpstatus) {
	t.Helper()
	if raw.Swigcptr() == 0 {
		if ok {
			t.Fatalf("%s: Go gives %v, C gives NULL", call, got)
		}
		return
	}
	if !ok || got.Code() != raw.GetCode() || got.Name() != raw.GetName() {
		t.Fatalf("%s: Go gives %v %v, C gives %d %s", call, got, ok, raw.GetCode(), raw.GetName())
	}
}

// fuzzText fuzzes text lookups that must each give raw's answer (compare:
// sameStatus or sameMeaning).
func fuzzText[T any](f *testing.F, raw func(string) swig.Httpstatus,
	compare func(*testing.T, string, T, bool, swig.Httpstatus), lookups map[string]func(string) (T, bool)) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		want := raw(text)
		for name, lookup := range lookups {
			got, ok := lookup(text)
			compare(t, name+"("+strconv.Quote(text)+")", got, ok, want)
		}
	})
}

type statusLookups = map[string]func(string) (Status, bool)

func FuzzFind(f *testing.F) {
	fuzzText(f, swig.Httpstatus_find, sameStatus, statusLookups{"Find": Find, "findGo": findGo})
}

func FuzzFromName(f *testing.F) {
	fuzzText(f, swig.Httpstatus_from_name, sameStatus, statusLookups{"FromName": FromName})
}

func FuzzFromPhrase(f *testing.F) {
	fuzzText(f, swig.Httpstatus_from_phrase, sameStatus, statusLookups{"FromPhrase": FromPhrase})
}

func FuzzSuggest(f *testing.F) {
	fuzzText(f, swig.Httpstatus_suggest, sameStatus, statusLookups{"Suggest": Suggest, "suggestGo": suggestGo})
}

func FuzzUnofficialFind(f *testing.F) {
	fuzzText(f, swig.Httpstatus_unofficial_find, sameMeaning, map[string]func(string) (UnofficialStatus, bool){
		"UnofficialFind": UnofficialFind, "unofficialFindGo": unofficialFindGo})
}

func FuzzFromCode(f *testing.F) {
	addCodeSeeds(f)
	f.Fuzz(func(t *testing.T, code int64) {
		call := "(" + strconv.FormatInt(code, 10) + ")"
		s, ok := FromCode(int(code))
		sameStatus(t, "FromCode"+call, s, ok, swig.Httpstatus_from_code(code))
		if got, want := int(ClassOf(int(code))), int(swig.Httpstatus_class_of(code)); got != want {
			t.Fatalf("ClassOf%s: Go gives %d, C gives %d", call, got, want)
		}
	})
}

// Unofficial gives every meaning of a code: the first is the one
// httpstatus_unofficial_from_code gives, the rest follow it in
// httpstatus_unofficial_at order.
func FuzzUnofficial(f *testing.F) {
	addCodeSeeds(f)
	f.Fuzz(func(t *testing.T, code int64) {
		call := "Unofficial(" + strconv.FormatInt(code, 10) + ")"
		meanings := Unofficial(int(code))
		first := UnofficialStatus{}
		if len(meanings) > 0 {
			first = meanings[0]
		}
		sameMeaning(t, call, first, len(meanings) > 0, swig.Httpstatus_unofficial_from_code(code))
		count := 0
		for i := int64(0); i < swig.Httpstatus_unofficial_count(); i++ {
			if raw := swig.Httpstatus_unofficial_at(i); int64(raw.GetCode()) == code {
				if count >= len(meanings) || meanings[count].Name() != raw.GetName() {
					t.Fatalf("%s: meaning %d is not C's %s", call, count, raw.GetName())
				}
				count++
			}
		}
		if count != len(meanings) {
			t.Fatalf("%s: Go gives %d meanings, C has %d", call, len(meanings), count)
		}
	})
}
