package httpstatus

// Every row of the specification tables in tests/spec/ (find.md and
// suggest.md), through the package: the same cases the C suite checks.
// How to read a table is written at the top of each file. The build tells
// the test where they are (HTTPSTATUS_SPEC_DIR); a copy of the module
// outside the source tree skips it.

import (
	"bufio"
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
	for name, lookup := range map[string]func(string) (Status, bool){"find": Find, "suggest": Suggest} {
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
			got := "none"
			if s, found := lookup(input); found {
				got = strconv.Itoa(int(s))
			}
			if got != cells[1] {
				t.Errorf("%s(%q) gives %s, %s.md says %s", name, input, got, name, cells[1])
			}
			rows++
		}
		file.Close()
		if rows < 50 {
			t.Errorf("%s.md: only %d rows", name, rows)
		}
	}
}
