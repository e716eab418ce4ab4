package httpstatus

// Every row of the specification tables in tests/spec/ (find.md and
// suggest.md), through the package and through the Go implementation of
// the rules (the package's answer without cgo): the same cases the C
// suite checks.
// How to read a table is written at the top of each file. The build tells
// the test where they are (HTTPSTATUS_SPEC_DIR); a copy of the module
// outside the source tree skips it.

import (
	"bufio"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The cells of a row "| a | b |", trimmed, escapes still in place.
func specCells(line string) []string {
	var cells []string
	start := 1
	for i := 1; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, strings.Trim(line[start:i], " "))
			start = i + 1
		}
	}
	return cells
}

// The input a cell stands for; false for an unknown escape.
func specUnescape(cell string) (string, bool) {
	var out []byte
	for i := 0; i < len(cell); i++ {
		if cell[i] != '\\' {
			out = append(out, cell[i])
			continue
		}
		if i++; i == len(cell) {
			return "", false
		}
		switch cell[i] {
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case '0':
			out = append(out, 0)
		case '\\', '|':
			out = append(out, cell[i])
		case 'x':
			if i+2 >= len(cell) {
				return "", false
			}
			b, err := strconv.ParseUint(cell[i+1:i+3], 16, 8)
			if err != nil {
				return "", false
			}
			out = append(out, byte(b))
			i += 2
		default:
			return "", false
		}
	}
	return string(out), true
}

func TestSpecTables(t *testing.T) {
	dir := os.Getenv("HTTPSTATUS_SPEC_DIR")
	if dir == "" {
		t.Skip("HTTPSTATUS_SPEC_DIR is not set: the tables of tests/spec/ are not here")
	}
	for _, table := range []struct {
		name    string
		lookups []func(string) (Status, bool)
	}{{"find", []func(string) (Status, bool){Find, findGo}}, {"suggest", []func(string) (Status, bool){Suggest, suggestGo}}} {
		name := table.name
		file, err := os.Open(filepath.Join(dir, name+".md"))
		if err != nil {
			t.Fatal(err)
		}
		rows := 0
		for scanner := bufio.NewScanner(file); scanner.Scan(); {
			line := scanner.Text()
			if !strings.HasPrefix(line, "|") {
				continue
			}
			cells := specCells(line)
			if len(cells) < 2 || cells[0] == "input" || strings.HasPrefix(cells[0], "---") {
				continue
			}
			input, ok := specUnescape(cells[0])
			if !ok {
				t.Errorf("%s.md: malformed row %s", name, line)
				continue
			}
			for i, lookup := range table.lookups {
				got := "none"
				if s, found := lookup(input); found {
					got = strconv.Itoa(int(s))
				}
				if got != cells[1] {
					t.Errorf("%s(%q) gives %s (lookup %d), %s.md says %s", name, input, got, i, name, cells[1])
				}
			}
			rows++
		}
		file.Close()
		if rows < 50 {
			t.Errorf("%s.md: only %d rows", name, rows)
		}
	}
}

// tests/reference/net-http.md, net/http's constants: each is a constant
// here with the same code (dataConstants lists every constant).
func TestNetHTTPNames(t *testing.T) {
	dir := os.Getenv("HTTPSTATUS_REFERENCE_DIR")
	if dir == "" {
		t.Skip("HTTPSTATUS_REFERENCE_DIR is not set: tests/reference/ is not here")
	}
	text, err := os.ReadFile(filepath.Join(dir, "net-http.md"))
	if err != nil {
		t.Fatal(err)
	}
	constants := map[string]int{}
	for _, c := range dataConstants {
		constants[c.text] = int(c.status)
	}
	rows := 0
	for _, line := range strings.Split(string(text), "\n") {
		cells := specCells(line)
		if len(cells) != 2 || !strings.HasPrefix(cells[0], "Status") {
			continue
		}
		name := strings.TrimPrefix(cells[0], "Status")
		if got, ok := constants[name]; !ok || strconv.Itoa(got) != cells[1] {
			t.Errorf("net/http's %s is %s; here %s is %d, %v", cells[0], cells[1], name, got, ok)
		}
		if code, _ := strconv.Atoi(cells[1]); http.StatusText(code) == "" {
			t.Errorf("net/http has no text for %s", cells[1])
		}
		rows++
	}
	if rows < 60 {
		t.Errorf("net-http.md: only %d constants", rows)
	}
}
