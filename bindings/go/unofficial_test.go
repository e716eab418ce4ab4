package httpstatus

import (
	"strconv"
	"strings"
	"testing"
)

// What Status and UnofficialStatus both answer: one shape.
type described interface {
	Code() int
	Known() bool
	String() string
	Name() string
	Phrase() string
	Description() string
	Spec() string
	Origin() string
	Registry() Registry
	Properties() Properties
	Class() Class
}

var _, _ described = Status(0), UnofficialStatus{}

func TestUnofficial(t *testing.T) {
	all := AllUnofficial()
	total := 0
	for code := 100; code <= 599; code++ {
		meanings := Unofficial(code)
		total += len(meanings)
		for _, u := range meanings {
			var d described = u
			if d.Code() != code || !d.Known() || d.Registry() != RegistryUnofficial || d.Properties() != 0 ||
				d.Class() != ClassOf(code) || d.String() != strconv.Itoa(code)+" "+d.Phrase() ||
				d.Name() == "" || d.Description() == "" || d.Spec() == "" || d.Origin() == "" {
				t.Errorf("Unofficial(%d) holds %v: %q %q %q %q", code, u, d.Name(), d.Description(), d.Spec(), d.Origin())
			}
		}
	}
	if total != len(all) || total == 0 {
		t.Errorf("Unofficial over 100..599 gives %d meanings, AllUnofficial %d", total, len(all))
	}
	if m := Unofficial(499); len(m) < 2 || m[0].Origin() != "nginx" { // nginx's, then Esri's
		t.Errorf("Unofficial(499) = %v", m)
	}
	var none UnofficialStatus
	if none.Known() || none.Code() != 0 || none.Name() != "" || none.Registry() != RegistryNone || none.Class() != ClassNone {
		t.Errorf("the zero UnofficialStatus is %v %q %v", none.Code(), none.Name(), none.Registry())
	}
	// Appending to the shared slice copies it; AllUnofficial hands out a copy.
	_ = append(Unofficial(499), UnofficialStatus{})
	AllUnofficial()[0] = UnofficialStatus{}
	if u := Unofficial(all[0].Code()); u[0] != all[0] || len(Unofficial(499)) != 2 {
		t.Error("appending to Unofficial or changing AllUnofficial changes the package's table")
	}
}

// Where the lookups' answers go, so that they are not optimised away.
var found bool

func TestUnofficialAllocatesNothing(t *testing.T) {
	for _, code := range []int{499, 520, 404, -1} {
		if allocs := testing.AllocsPerRun(100, func() { found = Unofficial(code) != nil }); allocs != 0 {
			t.Errorf("Unofficial(%d) allocates %v times", code, allocs)
		}
	}
	for _, text := range []string{"client closed request", "HTTP/1.1 404 Not Found", "not fund"} {
		for how, lookup := range map[string]func(){
			"findGo":           func() { _, found = findGo(text) },
			"unofficialFindGo": func() { _, found = unofficialFindGo(text) },
			"suggestGo":        func() { _, found = suggestGo(text) },
			"FromName":         func() { _, found = FromName(text) },
		} {
			if allocs := testing.AllocsPerRun(100, lookup); allocs != 0 {
				t.Errorf("%s(%q) allocates %v times", how, text, allocs)
			}
		}
	}
}

func TestUnofficialFind(t *testing.T) {
	for _, u := range AllUnofficial() {
		first, code := Unofficial(u.Code())[0], strconv.Itoa(u.Code())
		for _, c := range []struct {
			text string
			want UnofficialStatus
		}{
			{u.Name(), u}, {strings.ToLower(u.Phrase()), u}, {code + " " + u.Phrase(), u},
			{code, first}, {"HTTP/1.1 " + code, first},
		} {
			for how, lookup := range map[string]func(string) (UnofficialStatus, bool){
				"UnofficialFind": UnofficialFind, "unofficialFindGo": unofficialFindGo} {
				if got, ok := lookup(c.text); !ok || got != c.want {
					t.Errorf("%s(%q) = %v, %v; want %v", how, c.text, got, ok, c.want)
				}
			}
		}
		if _, known := FromCode(u.Code()); !known {
			if s, ok := Find(code); ok {
				t.Errorf("Find(%d) = %v: an unofficial code", u.Code(), s)
			}
		}
	}
	for _, text := range []string{"404", "not found", "499 Not Found", "599 Client Closed Request", "499x",
		"HTTP/1.1 499 Client Closed Request"} {
		want := text == "HTTP/1.1 499 Client Closed Request"
		if got, ok := UnofficialFind(text); ok != want {
			t.Errorf("UnofficialFind(%q) = %v, %v", text, got, ok)
		}
	}
}
