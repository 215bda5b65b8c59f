package stdlib

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The generated tables are the version the module reports, and a few
// answers of CPython 3.11 come out of them.
func TestUnicodedataTables(t *testing.T) {
	u := ucd()
	require.Equal(t, unidataVersion, u.version)
	require.Equal(t, "Lu", u.props('A').category)
	require.Equal(t, 230, u.props(0x301).combining)
	require.Equal(t, "W", u.props(0x4E00).eaw)
	require.Equal(t, "CJK UNIFIED IDEOGRAPH-4E00", ucdNames().name(0x4E00))
	require.Equal(t, "HANGUL SYLLABLE GAG", ucdNames().name(0xAC01))
	r, ok := ucdNames().lookup("EURO SIGN")
	require.True(t, ok)
	require.Equal(t, '€', r)
	require.Equal(t, "\u00e9", u.normalizeString("NFC", "e\u0301"))
	require.Equal(t, "\u1100\u1161\u11a8", u.normalizeString("NFD", "\uac01"))
	require.Equal(t, "fi", u.normalizeString("NFKC", "\ufb01"))
}
