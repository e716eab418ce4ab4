package httpstatus

import (
	"net/http"
	"testing"

	"httpstatus/internal/swig"
)

// The cost of one lookup, cycling through every known code or NAME, against
// what a Go program would otherwise use: net/http.StatusText for codes, a
// map for names. The ...C benchmarks call the C library through cgo, as the
// package would without its Go tables.
//
//	go test -run '^$' -bench . -benchmem

var (
	sinkStatus Status
	sinkOK     bool
	sinkText   string
)

func benchCodes() []int {
	var codes []int
	for _, s := range All() {
		codes = append(codes, int(s))
	}
	return codes
}

func benchNames() []string {
	var names []string
	for _, s := range All() {
		names = append(names, s.Name())
	}
	return names
}

func BenchmarkFromCode(b *testing.B) {
	codes := benchCodes()
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = FromCode(codes[i%len(codes)])
	}
}

func BenchmarkFromCodeC(b *testing.B) {
	codes := benchCodes()
	for i := 0; i < b.N; i++ {
		sinkOK = swig.Httpstatus_from_code(int64(codes[i%len(codes)])).Swigcptr() != 0
	}
}

func BenchmarkStatusText(b *testing.B) {
	codes := benchCodes()
	for i := 0; i < b.N; i++ {
		sinkText = http.StatusText(codes[i%len(codes)])
	}
}

func BenchmarkFromName(b *testing.B) {
	names := benchNames()
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = FromName(names[i%len(names)])
	}
}

func BenchmarkFromNameC(b *testing.B) {
	names := benchNames()
	for i := 0; i < b.N; i++ {
		sinkOK = swig.Httpstatus_from_name(names[i%len(names)]).Swigcptr() != 0
	}
}

func BenchmarkNameMap(b *testing.B) {
	names := benchNames()
	byName := map[string]int{}
	for _, s := range All() {
		byName[s.Name()] = int(s)
	}
	for i := 0; i < b.N; i++ {
		_, sinkOK = byName[names[i%len(names)]]
	}
}

func BenchmarkFind(b *testing.B) {
	names := benchNames()
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = Find(names[i%len(names)])
	}
}

func BenchmarkString(b *testing.B) {
	codes := benchCodes()
	for i := 0; i < b.N; i++ {
		sinkText = Status(codes[i%len(codes)]).String()
	}
}
