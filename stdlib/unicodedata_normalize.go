package stdlib

import "unicode/utf8"

// Unicode normalization (UAX #15) over the tables of
// unicodedata_tables.go: full decomposition (canonical, or also
// compatibility), canonical ordering of combining marks, then canonical
// composition for NFC and NFKC. Hangul syllables are decomposed and
// composed arithmetically, as the standard defines them.

const (
	hangulSBase  = 0xAC00
	hangulLBase  = 0x1100
	hangulVBase  = 0x1161
	hangulTBase  = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
	hangulSCount = hangulLCount * hangulNCount
)

// normalizeString applies form ("NFC", "NFD", "NFKC" or "NFKD") to s.
func (t *ucdTables) normalizeString(form, s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	compat := form == "NFKC" || form == "NFKD"
	var rs []rune
	for _, r := range s {
		rs = t.decompose(rs, r, compat)
	}
	t.canonicalOrder(rs)
	if form == "NFC" || form == "NFKC" {
		rs = t.compose(rs)
	}
	return string(rs)
}

// decompose appends the full decomposition of r.
func (t *ucdTables) decompose(out []rune, r rune, compat bool) []rune {
	if s := r - hangulSBase; s >= 0 && s < hangulSCount {
		out = append(out, hangulLBase+s/hangulNCount, hangulVBase+(s%hangulNCount)/hangulTCount)
		if tr := s % hangulTCount; tr != 0 {
			out = append(out, hangulTBase+tr)
		}
		return out
	}
	if d := t.decomp[r]; d != nil && (compat || !d.compat) {
		for _, c := range d.runes {
			out = t.decompose(out, c, compat)
		}
		return out
	}
	return append(out, r)
}

// canonicalOrder sorts each run of combining marks by combining class,
// keeping the order of equal classes (a stable insertion sort).
func (t *ucdTables) canonicalOrder(rs []rune) {
	for i := 1; i < len(rs); i++ {
		c := t.props(rs[i]).combining
		if c == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			p := t.props(rs[j-1]).combining
			if p == 0 || p <= c {
				break
			}
			rs[j-1], rs[j] = rs[j], rs[j-1]
		}
	}
}

// compose is canonical composition: each character joins the last
// starter when nothing between them blocks it.
func (t *ucdTables) compose(rs []rune) []rune {
	if len(rs) == 0 {
		return rs
	}
	out := []rune{rs[0]}
	starter := 0
	last := t.props(rs[0]).combining
	if last != 0 {
		last = 256 // no starter yet: nothing composes
	}
	for _, c := range rs[1:] {
		cc := t.props(c).combining
		if last < cc || last == 0 {
			if comp, ok := t.composePair(out[starter], c); ok {
				out[starter] = comp
				continue
			}
		}
		if cc == 0 {
			starter = len(out)
		}
		last = cc
		out = append(out, c)
	}
	return out
}

// composePair returns the primary composite of a and b, if any.
func (t *ucdTables) composePair(a, b rune) (rune, bool) {
	if l, v := a-hangulLBase, b-hangulVBase; l >= 0 && l < hangulLCount && v >= 0 && v < hangulVCount {
		return hangulSBase + (l*hangulVCount+v)*hangulTCount, true
	}
	if s, tr := a-hangulSBase, b-hangulTBase; s >= 0 && s < hangulSCount && s%hangulTCount == 0 && tr > 0 && tr < hangulTCount {
		return a + tr, true
	}
	c, ok := t.composites[[2]rune{a, b}]
	return c, ok
}
