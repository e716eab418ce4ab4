//go:build cgo

package httpstatus

import (
	"flag"
	"fmt"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"httpstatus/internal/swig"
)

// The cost of one call, cycling through every known code, NAME or phrase,
// against what a Go program would otherwise use: a map, or
// net/http.StatusText for codes. The ...C benchmarks call the C library
// through SWIG's wrapper objects, as the package would without its Go
// tables; the ...Go benchmarks run the Go implementation of the text
// lookups, which answers where cgo is off.
//
//	go test -run '^$' -bench . -benchmem
//
// TestCallCosts, run with -costs, prints each call's median against the
// call it is compared with, and the targets: a lookup served from the Go
// tables within 2x of a map lookup, Find within 4x of FromName.
//
//	go test -run '^TestCallCosts$' -costs

var costs = flag.Bool("costs", false, "TestCallCosts: measure and print the cost of each call")

var (
	sinkStatus     Status
	sinkOK         bool
	sinkText       string
	sinkClass      Class
	sinkUnofficial []UnofficialStatus
)

type benchKeys struct {
	codes, unofficialCodes              []int
	names, phrases, lowerPhrases, typos []string
	unofficialPhrases                   []string
	phraseByCode                        map[int]string
	phraseByName, codeByPhrase          map[string]int
	unofficialByCodeMap                 map[int][]UnofficialStatus
	statuses                            []Status
}

func newBenchKeys() *benchKeys {
	k := &benchKeys{
		phraseByCode:        map[int]string{},
		phraseByName:        map[string]int{},
		codeByPhrase:        map[string]int{},
		unofficialByCodeMap: map[int][]UnofficialStatus{},
		statuses:            All(),
	}
	for _, s := range k.statuses {
		k.codes = append(k.codes, int(s))
		k.names = append(k.names, s.Name())
		k.phrases = append(k.phrases, s.Phrase())
		k.lowerPhrases = append(k.lowerPhrases, strings.ToLower(s.Phrase()))
		middle := len(s.Phrase()) / 2
		k.typos = append(k.typos, strings.ToLower(s.Phrase()[:middle-1]+s.Phrase()[middle:]))
		k.phraseByCode[int(s)] = s.Phrase()
		k.phraseByName[s.Name()] = int(s)
		k.codeByPhrase[s.Phrase()] = int(s)
	}
	for _, u := range AllUnofficial() {
		if _, seen := k.unofficialByCodeMap[u.Code()]; !seen {
			k.unofficialCodes = append(k.unofficialCodes, u.Code())
		}
		k.unofficialByCodeMap[u.Code()] = append(k.unofficialByCodeMap[u.Code()], u)
		k.unofficialPhrases = append(k.unofficialPhrases, strings.ToLower(u.Phrase()))
	}
	return k
}

// The keys, made once, on first use.
var (
	bkOnce sync.Once
	bk     *benchKeys
)

func benchSetup(b *testing.B) {
	bkOnce.Do(func() { bk = newBenchKeys() })
	b.ResetTimer()
}

func BenchmarkCodeMap(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkText = bk.phraseByCode[bk.codes[i%len(bk.codes)]]
	}
}

func BenchmarkNameMap(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		_, sinkOK = bk.phraseByName[bk.names[i%len(bk.names)]]
	}
}

func BenchmarkPhraseMap(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		_, sinkOK = bk.codeByPhrase[bk.phrases[i%len(bk.phrases)]]
	}
}

func BenchmarkUnofficialMap(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkUnofficial = bk.unofficialByCodeMap[bk.unofficialCodes[i%len(bk.unofficialCodes)]]
	}
}

func BenchmarkStatusText(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkText = http.StatusText(bk.codes[i%len(bk.codes)])
	}
}

func BenchmarkFromCode(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = FromCode(bk.codes[i%len(bk.codes)])
	}
}

func BenchmarkFromName(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = FromName(bk.names[i%len(bk.names)])
	}
}

func BenchmarkFromPhrase(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = FromPhrase(bk.phrases[i%len(bk.phrases)])
	}
}

func BenchmarkClassOf(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkClass = ClassOf(bk.codes[i%len(bk.codes)])
	}
}

func BenchmarkUnofficial(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkUnofficial = Unofficial(bk.unofficialCodes[i%len(bk.unofficialCodes)])
	}
}

func BenchmarkIsRetryable(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkOK = bk.statuses[i%len(bk.statuses)].IsRetryable()
	}
}

func BenchmarkString(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkText = bk.statuses[i%len(bk.statuses)].String()
	}
}

func BenchmarkFind(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = Find(bk.lowerPhrases[i%len(bk.lowerPhrases)])
	}
}

func BenchmarkFindName(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = Find(bk.names[i%len(bk.names)])
	}
}

func BenchmarkUnofficialFind(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		_, sinkOK = UnofficialFind(bk.unofficialPhrases[i%len(bk.unofficialPhrases)])
	}
}

func BenchmarkSuggest(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = Suggest(bk.typos[i%len(bk.typos)])
	}
}

func BenchmarkFindGo(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = findGo(bk.lowerPhrases[i%len(bk.lowerPhrases)])
	}
}

func BenchmarkUnofficialFindGo(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		_, sinkOK = unofficialFindGo(bk.unofficialPhrases[i%len(bk.unofficialPhrases)])
	}
}

func BenchmarkSuggestGo(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkStatus, sinkOK = suggestGo(bk.typos[i%len(bk.typos)])
	}
}

func BenchmarkFromCodeC(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkOK = swig.Httpstatus_from_code(int64(bk.codes[i%len(bk.codes)])).Swigcptr() != 0
	}
}

func BenchmarkCgoCall(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkOK = swig.Httpstatus_count() == 0
	}
}

func BenchmarkFindC(b *testing.B) {
	benchSetup(b)
	for i := 0; i < b.N; i++ {
		sinkOK = swig.Httpstatus_find(bk.lowerPhrases[i%len(bk.lowerPhrases)]).Swigcptr() != 0
	}
}

// A row of TestCallCosts: the call, the row it is compared with, and the
// largest ratio allowed (0: the ratio is shown, no target).
type costRow struct {
	label string
	bench func(*testing.B)
	base  int
	limit float64
}

var costRows = []costRow{
	{"native: map[int]string by code", BenchmarkCodeMap, -1, 0},
	{"native: map[string]int by NAME", BenchmarkNameMap, -1, 0},
	{"native: map[string]int by phrase", BenchmarkPhraseMap, -1, 0},
	{"native: map[int][]UnofficialStatus", BenchmarkUnofficialMap, -1, 0},
	{"net/http.StatusText(code)", BenchmarkStatusText, 0, 0},
	{"FromCode(code)", BenchmarkFromCode, 0, 2},
	{"FromName(name)", BenchmarkFromName, 1, 2},
	{"FromPhrase(phrase)", BenchmarkFromPhrase, 2, 2},
	{"ClassOf(code)", BenchmarkClassOf, 0, 2},
	{"Unofficial(code)", BenchmarkUnofficial, 3, 2},
	{"s.IsRetryable()", BenchmarkIsRetryable, 0, 2},
	{"s.String()", BenchmarkString, 0, 2},
	{"Find(lower-case phrase)", BenchmarkFind, 6, 4},
	{"Find(NAME)", BenchmarkFindName, 6, 4},
	{"UnofficialFind(lower-case phrase)", BenchmarkUnofficialFind, 6, 0},
	{"Suggest(typo)", BenchmarkSuggest, 6, 0},
	{"findGo(lower-case phrase): no cgo", BenchmarkFindGo, 12, 0},
	{"unofficialFindGo(lower-case phrase)", BenchmarkUnofficialFindGo, 14, 0},
	{"suggestGo(typo): no cgo", BenchmarkSuggestGo, 15, 0},
	{"SWIG httpstatus_from_code(code)", BenchmarkFromCodeC, 0, 0},
	{"SWIG httpstatus_find(phrase)", BenchmarkFindC, 6, 0},
	{"SWIG httpstatus_count(): cgo alone", BenchmarkCgoCall, 6, 0},
}

// costRuns interleaved runs of every row; the median is reported.
const costRuns = 5

func TestCallCosts(t *testing.T) {
	if !*costs {
		t.Skip("measures only with -costs")
	}
	samples := make([][]float64, len(costRows))
	allocs := make([]int64, len(costRows))
	for run := 0; run < costRuns; run++ {
		for r, row := range costRows {
			result := testing.Benchmark(row.bench)
			samples[r] = append(samples[r], float64(result.T.Nanoseconds())/float64(result.N))
			allocs[r] = result.AllocsPerOp()
		}
	}
	median := make([]float64, len(costRows))
	for r := range samples {
		sort.Float64s(samples[r])
		median[r] = samples[r][costRuns/2]
	}
	fmt.Printf("%s, libhttpstatus %s; ns per call, median of %d interleaved runs\n",
		runtime.Version(), Version(), costRuns)
	fmt.Printf("%-36s %8s %7s  %-36s %6s  %s\n", "call", "ns", "allocs", "compared with", "ratio", "target")
	for r, row := range costRows {
		line := fmt.Sprintf("%-36s %8.1f %7d", row.label, median[r], allocs[r])
		if row.base >= 0 {
			ratio := median[r] / median[row.base]
			line += fmt.Sprintf("  %-36s %5.1fx", costRows[row.base].label, ratio)
			if row.limit > 0 {
				verdict := "MISS"
				if ratio <= row.limit {
					verdict = "PASS"
				}
				line += fmt.Sprintf("  <= %gx %s", row.limit, verdict)
			}
		}
		fmt.Println(line)
	}
}
