package httpstatus

// The identifier rules of httpstatus.h, by its own examples, for whichever
// implementation answers (the C library with cgo, findGo without).

import (
	"strings"
	"testing"
)

func TestFindsIdentifiers(t *testing.T) {
	for text, want := range map[string]int{
		"StatusTeapot": 418, "http.StatusTeapot": 418, "RedirectKeepVerb": 307,
		"HTTP_404_NOT_FOUND": 404, "status.HTTP_404_NOT_FOUND": 404,
		":unprocessable_entity": 422, "Net::HTTPNotFound": 404, ":status: 404": 404,
		"Status: 404 Not Found": 404, "HttpStatus.NOT_FOUND": 404, " http. StatusTeapot ": 418,
		// A code carried in an identifier must be its own; one qualifier only;
		// a header is followed by a code; unofficial meanings are not found.
		"HTTP_405_NOT_FOUND": 0, "http.http.StatusTeapot": 0, "Status: Not Found": 0,
		"METHOD_FAILURE": 0, "http.": 0, ":status:": 0, ": 404": 404, ": : 404": 0,
		// A mebibyte of ": " recurses once at most, as in C.
		strings.Repeat(": ", 1<<19): 0,
	} {
		if got, ok := Find(text); ok != (want != 0) || int(got) != want {
			t.Errorf("Find(%q) = %v, %v; want %d", text, got, ok, want)
		}
	}
	for text, want := range map[string]string{
		"Unused": "SWITCH_PROXY", "HttpStatusCode.Unused": "SWITCH_PROXY",
		"HttpStatus.METHOD_FAILURE": "METHOD_FAILURE", ":status: 499": "CLIENT_CLOSED_REQUEST",
		"StatusTeapot": "",
	} {
		if got, ok := UnofficialFind(text); ok != (want != "") || got.Name() != want {
			t.Errorf("UnofficialFind(%q) = %v, %v; want %q", text, got, ok, want)
		}
	}
}
