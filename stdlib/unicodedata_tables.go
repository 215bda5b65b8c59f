package stdlib

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The Unicode Character Database as CPython 3.11 sees it (Unicode
// 14.0.0), generated from python3's unicodedata by gen_unicodedata.py
// (`go generate ./stdlib`) into unicodedata.txt.gz (about 320 KB in the
// binary). Nothing is read at start-up: the first call of a unicodedata
// function streams the file (1.7 MB of text) and keeps the properties;
// the first name() or lookup() streams it again for the names, which
// are most of the tables' memory.

//go:generate python3 gen_unicodedata.py unicodedata.txt.gz

//go:embed unicodedata.txt.gz
var unicodedataGz string

// ucdRun is a run of code points sharing their properties.
type ucdRun struct {
	first, last rune
	category    string
	bidi        string
	combining   int
	eaw         string
	mirrored    bool
}

// ucdAlgoName is a run of code points named PREFIX-<hex>.
type ucdAlgoName struct {
	first, last rune
	prefix      string
}

// ucdNumeric is a character's decimal, digit (-1 when absent) and
// numeric values.
type ucdNumeric struct {
	decimal, digit int
	numeric        float64
}

// ucdDecomp is a character's decomposition mapping; compat when it has
// a <tag>.
type ucdDecomp struct {
	raw    string // as unicodedata.decomposition() returns it
	compat bool
	runes  []rune
}

type ucdTables struct {
	version    string
	runs       []ucdRun
	algo       []ucdAlgoName
	names      map[rune]string
	decomp     map[rune]*ucdDecomp
	numeric    map[rune]ucdNumeric
	composites map[[2]rune]rune // primary composites by their two characters
}

var ucd = sync.OnceValue(loadUCD)

// ucdLines unpacks the tables and calls fn with the fields of each line.
func ucdLines(fn func(f []string)) {
	zr, err := gzip.NewReader(strings.NewReader(unicodedataGz))
	if err != nil {
		panic("unicodedata tables: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fn(strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		panic("unicodedata tables: " + err.Error())
	}
}

func ucdHex(s string) rune {
	n, _ := strconv.ParseUint(s, 16, 32)
	return rune(n)
}

// loadUCD reads everything but the names, which only name() and
// lookup() need (loadNames: they are most of the tables' memory).
func loadUCD() *ucdTables {
	t := &ucdTables{
		decomp:     map[rune]*ucdDecomp{},
		numeric:    map[rune]ucdNumeric{},
		composites: map[[2]rune]rune{},
	}
	var composites []rune
	ucdLines(func(f []string) {
		switch f[0] {
		case "V":
			t.version = f[1]
		case "P":
			ccc, _ := strconv.Atoi(f[5])
			t.runs = append(t.runs, ucdRun{ucdHex(f[1]), ucdHex(f[2]), f[3], f[4], ccc, f[6], f[7] == "1"})
		case "D":
			d := &ucdDecomp{raw: f[2]}
			for _, p := range strings.Fields(f[2]) {
				if strings.HasPrefix(p, "<") {
					d.compat = true
					continue
				}
				d.runes = append(d.runes, ucdHex(p))
			}
			t.decomp[ucdHex(f[1])] = d
		case "M":
			n := ucdNumeric{decimal: -1, digit: -1}
			if f[2] != "-" {
				n.decimal, _ = strconv.Atoi(f[2])
			}
			if f[3] != "-" {
				n.digit, _ = strconv.Atoi(f[3])
			}
			n.numeric, _ = strconv.ParseFloat(f[4], 64)
			t.numeric[ucdHex(f[1])] = n
		case "C":
			composites = append(composites, ucdHex(f[1]))
		}
	})
	for _, c := range composites {
		d := t.decomp[c].runes
		t.composites[[2]rune{d[0], d[1]}] = c
	}
	return t
}

// ucdNameTables are the names, both ways.
type ucdNameTables struct {
	names  map[rune]string
	byName map[string]rune
	algo   []ucdAlgoName
}

var ucdNames = sync.OnceValue(func() *ucdNameTables {
	t := &ucdNameTables{names: map[rune]string{}, byName: map[string]rune{}}
	ucdLines(func(f []string) {
		switch f[0] {
		case "A":
			t.algo = append(t.algo, ucdAlgoName{ucdHex(f[1]), ucdHex(f[2]), f[3]})
		case "N":
			r := ucdHex(f[1])
			t.names[r] = f[2]
			t.byName[f[2]] = r
		}
	})
	return t
})

// props returns the run holding r (the last run ends at U+10FFFF).
func (t *ucdTables) props(r rune) *ucdRun {
	i := sort.Search(len(t.runs), func(i int) bool { return t.runs[i].last >= r })
	return &t.runs[i]
}

// name returns r's name, "" when it has none.
func (t *ucdNameTables) name(r rune) string {
	if n, ok := t.names[r]; ok {
		return n
	}
	if p := t.algoPrefix(r); p != "" {
		return p + "-" + strings.ToUpper(strconv.FormatInt(int64(r), 16))
	}
	return ""
}

// cjkUnified is the one algorithmic name prefix CPython matches exactly
// (its own algorithm: upper-case hex digits, 4 or 5 of them); Hangul
// syllable names too are matched exactly, every other name ignores case.
const cjkUnified = "CJK UNIFIED IDEOGRAPH"

// lookup finds the character of a name; ok false when there is none.
func (t *ucdNameTables) lookup(name string) (rune, bool) {
	if hexPart, ok := strings.CutPrefix(name, cjkUnified+"-"); ok {
		n, err := strconv.ParseUint(hexPart, 16, 32)
		if err != nil || (len(hexPart) != 4 && len(hexPart) != 5) || strings.ToUpper(hexPart) != hexPart {
			return 0, false
		}
		return rune(n), t.algoPrefix(rune(n)) == cjkUnified
	}
	up := strings.ToUpper(name)
	if strings.HasPrefix(up, "HANGUL SYLLABLE ") && up != name {
		return 0, false
	}
	if r, ok := t.byName[up]; ok {
		return r, true
	}
	for _, a := range t.algo {
		hexPart, ok := strings.CutPrefix(up, a.prefix+"-")
		if !ok || a.prefix == cjkUnified || len(hexPart) < 4 || len(hexPart) > 6 {
			continue
		}
		n, err := strconv.ParseUint(hexPart, 16, 32)
		if err == nil && a.first <= rune(n) && rune(n) <= a.last {
			return rune(n), true
		}
	}
	return 0, false
}

// algoPrefix returns the prefix of r's algorithmic name ("" when none).
func (t *ucdNameTables) algoPrefix(r rune) string {
	for _, a := range t.algo {
		if a.first <= r && r <= a.last {
			return a.prefix
		}
	}
	return ""
}
