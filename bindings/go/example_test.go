package httpstatus_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"httpstatus"
)

// A Status from net/http's int code: whether the request is worth retrying.
func Example() {
	resp := &http.Response{StatusCode: 503} // as http.Get returns it
	if s := httpstatus.Status(resp.StatusCode); s.IsRetryable() {
		fmt.Println("retry later:", s)
	}
	// Output:
	// retry later: 503 Service Unavailable
}

// The constants are untyped, as net/http's are: an int for WriteHeader and
// StatusCode, a Status where one is wanted. net/http's names are there too.
func Example_netHTTP() {
	handler := func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(httpstatus.NotFound)
	}
	recorder := httptest.NewRecorder()
	handler(recorder, httptest.NewRequest("GET", "/teapot", nil))
	resp := recorder.Result()
	switch resp.StatusCode {
	case httpstatus.OK:
		fmt.Println("found")
	case httpstatus.NotFound:
		fmt.Println("not found:", httpstatus.Status(resp.StatusCode).Description())
	}
	fmt.Println(resp.StatusCode == httpstatus.ServiceUnavailable, httpstatus.Teapot == httpstatus.ImATeapot)
	// Output:
	// not found: Nothing matches the given URI
	// false true
}

func Example_status() {
	s := httpstatus.Status(httpstatus.NotFound)
	fmt.Println(int(s), s)
	fmt.Println(s.Name(), s.IsClientError())
	fmt.Println(s.Description())
	fmt.Println(s.Spec())
	// Output:
	// 404 404 Not Found
	// NOT_FOUND true
	// Nothing matches the given URI
	// RFC 9110, Section 15.5.5
}

func ExampleFromCode() {
	for _, code := range []int{418, 306, 1 << 40} {
		s, ok := httpstatus.FromCode(code)
		fmt.Println(s, ok)
	}
	// Output:
	// 418 I'm a Teapot true
	// Status(0) false
	// Status(0) false
}

func ExampleFromName() {
	s, ok := httpstatus.FromName("REQUEST_ENTITY_TOO_LARGE")
	fmt.Println(s, ok, s.Name())
	_, ok = httpstatus.FromName("not_found")
	fmt.Println(ok)
	// Output:
	// 413 Content Too Large true CONTENT_TOO_LARGE
	// false
}

func ExampleFromPhrase() {
	s, ok := httpstatus.FromPhrase("Payload Too Large")
	fmt.Println(s, ok, s == httpstatus.RequestEntityTooLarge)
	// Output:
	// 413 Content Too Large true true
}

func ExampleFind() {
	for _, text := range []string{"im a teapot", " 404 ", "404 not-found", "NotFound", "HTTP/1.1 404 Not Found", "404 OK"} {
		s, ok := httpstatus.Find(text)
		fmt.Printf("%q: %v %v\n", text, s, ok)
	}
	// Output:
	// "im a teapot": 418 I'm a Teapot true
	// " 404 ": 404 Not Found true
	// "404 not-found": 404 Not Found true
	// "NotFound": 404 Not Found true
	// "HTTP/1.1 404 Not Found": 404 Not Found true
	// "404 OK": Status(0) false
}

func ExampleAll() {
	for _, s := range httpstatus.All() {
		if s.IsRedirection() {
			fmt.Println(s)
		}
	}
	// Output:
	// 300 Multiple Choices
	// 301 Moved Permanently
	// 302 Found
	// 303 See Other
	// 304 Not Modified
	// 305 Use Proxy
	// 307 Temporary Redirect
	// 308 Permanent Redirect
}

func ExampleStatus_String() {
	fmt.Println(httpstatus.Status(httpstatus.OK), httpstatus.Status(httpstatus.HTTPVersionNotSupported))
	fmt.Println(httpstatus.Status(499), httpstatus.Status(499).Known(), httpstatus.Status(499).IsClientError())
	// Output:
	// 200 OK 505 HTTP Version Not Supported
	// Status(499) false true
}

func ExampleStatus_Properties() {
	for _, s := range []httpstatus.Status{httpstatus.OK, httpstatus.ServiceUnavailable, httpstatus.TemporaryRedirect} {
		fmt.Printf("%v: %v, %v, retry: %v\n", s, s.Registry(), s.Properties(), s.IsRetryable())
	}
	// Output:
	// 200 OK: permanent, cacheable, retry: false
	// 503 Service Unavailable: permanent, retryable, retry: true
	// 307 Temporary Redirect: permanent, redirect|keeps_method, retry: false
}

func ExampleClassOf() {
	fmt.Println(httpstatus.ClassOf(404), httpstatus.ClassOf(499), httpstatus.ClassOf(999))
	// Output:
	// client_error client_error none
}

func ExampleUnofficial() {
	for _, u := range httpstatus.Unofficial(499) {
		fmt.Printf("%v (%s)\n", u, u.Origin())
	}
	fmt.Println(len(httpstatus.Unofficial(404)))
	// Output:
	// 499 Client Closed Request (nginx)
	// 499 Token Required (Esri ArcGIS)
	// 0
}

func ExampleUnofficialFind() {
	u, ok := httpstatus.UnofficialFind("client closed request")
	fmt.Println(u, ok, u.Origin())
	// Output:
	// 499 Client Closed Request true nginx
}

func ExampleSuggest() {
	for _, text := range []string{"not fund", "teapot", "Internal Sever Error", "hello"} {
		s, ok := httpstatus.Suggest(text)
		fmt.Printf("%q: %v %v\n", text, s, ok)
	}
	// Output:
	// "not fund": 404 Not Found true
	// "teapot": 418 I'm a Teapot true
	// "Internal Sever Error": 500 Internal Server Error true
	// "hello": Status(0) false
}
