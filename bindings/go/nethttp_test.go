package httpstatus_test

// The package as net/http code uses it: its constants where net/http's go,
// net/http's names, and where Phrase() is not http.StatusText.

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"httpstatus"
)

func TestWithNetHTTP(t *testing.T) {
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(httpstatus.ServiceUnavailable)
	})
	resp := httptest.NewRecorder()
	handler.ServeHTTP(resp, httptest.NewRequest("GET", "/", nil))
	code := resp.Result().StatusCode
	if code != httpstatus.ServiceUnavailable || !httpstatus.Status(code).IsRetryable() {
		t.Errorf("StatusCode %d", code)
	}
	switch code {
	case httpstatus.OK, httpstatus.NotFound:
		t.Errorf("StatusCode %d is 200 or 404", code)
	case httpstatus.ServiceUnavailable:
	default:
		t.Errorf("StatusCode %d is not 503", code)
	}
	var s httpstatus.Status = httpstatus.Teapot // a Status where one is wanted
	if s != http.StatusTeapot || httpstatus.IMUsed != http.StatusIMUsed ||
		httpstatus.NonAuthoritativeInfo != http.StatusNonAuthoritativeInfo ||
		httpstatus.ProxyAuthRequired != http.StatusProxyAuthRequired {
		t.Error("net/http's names are other codes here")
	}
}

// Phrase() is the IANA registry's phrase; net/http's StatusText keeps older
// ones for these codes (README.md says why).
func TestPhraseAgainstStatusText(t *testing.T) {
	var differ []string
	for _, s := range httpstatus.All() {
		if text := http.StatusText(int(s)); text != "" && text != s.Phrase() {
			differ = append(differ, strconv.Itoa(int(s)))
			if found, ok := httpstatus.Find(text); !ok || found != s {
				t.Errorf("Find(%q), net/http's phrase of %d, = %v, %v", text, int(s), found, ok)
			}
		}
	}
	if got := strings.Join(differ, " "); got != "413 414 416 418 422" {
		t.Errorf("Phrase() differs from http.StatusText for %s", got)
	}
}
