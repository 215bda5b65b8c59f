package lexer

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIntLiterals(t *testing.T) {
	for _, c := range []struct {
		text, digits string
		base         int
		value        int64
	}{
		{"0", "0", 10, 0},
		{"00", "00", 10, 0},
		{"0_0", "00", 10, 0},
		{"7", "7", 10, 7},
		{"1_000", "1000", 10, 1000},
		{"0xFF", "FF", 16, 255},
		{"0X_ff", "ff", 16, 255},
		{"0o17", "17", 8, 15},
		{"0O_1_7", "17", 8, 15},
		{"0b1010", "1010", 2, 10},
		{"0B_1", "1", 2, 1},
		{"9223372036854775807", "9223372036854775807", 10, math.MaxInt64},
	} {
		toks := lex(t, c.text)
		require.Equal(t, Int, toks[0].Type, c.text)
		require.Equal(t, c.text, toks[0].Value)
		digits, base := IntDigits(c.text)
		require.Equal(t, c.digits, digits, c.text)
		require.Equal(t, c.base, base, c.text)
		v, err := strconv.ParseInt(digits, base, 64)
		require.NoError(t, err)
		require.Equal(t, c.value, v)
	}
	// Big literals are kept as written; the parser makes a big.Int.
	require.Equal(t, "123456789012345678901234567890", lex(t, "123456789012345678901234567890")[0].Value)
}

func TestFloatLiterals(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
	}{
		{"1.5", 1.5},
		{"1e-9", 1e-9},
		{".5", 0.5},
		{"1.", 1},
		{"1_0.5e1_0", 10.5e10},
		{"0.0", 0},
		{"00.5", 0.5},
		{"09.5", 9.5},
		{"0e0", 0},
		{"1E+3", 1000},
		{"3.14_15", 3.1415},
		{"1e999", math.Inf(1)},
		{"1e-999", 0},
	} {
		toks := lex(t, c.text)
		require.Equal(t, Float, toks[0].Type, c.text)
		require.Equal(t, c.text, toks[0].Value)
		v, err := ParseFloat(c.text)
		require.NoError(t, err)
		require.Equal(t, c.value, v, c.text)
	}
	_, err := ParseFloat("x")
	require.Error(t, err)
}

func TestImaginaryLiterals(t *testing.T) {
	for text, value := range map[string]float64{
		"1j": 1, "2.5J": 2.5, "1e3j": 1000, "0j": 0, "00j": 0, "09j": 9, ".5j": 0.5, "1.j": 1, "1_0j": 10,
	} {
		toks := lex(t, text)
		require.Equal(t, Float, toks[0].Type, text)
		require.Equal(t, text, toks[0].Value)
		require.True(t, IsImaginary(text), text)
		v, err := ParseFloat(text)
		require.NoError(t, err)
		require.Equal(t, value, v, text)
	}
	require.False(t, IsImaginary("1.5"))
	require.Equal(t, "1j if x else 2 NL EOF", lexRender(t, "1jif x else 2"))
}

func TestNumberBoundaries(t *testing.T) {
	for src, want := range map[string]string{
		"1if x else 2":  "1 if x else 2 NL EOF",
		"1else":         "1 else NL EOF",
		"1.0else":       "1.0 else NL EOF",
		"0x1for":        "0x1f or NL EOF",
		"1or 2":         "1 or 2 NL EOF",
		"1and 2":        "1 and 2 NL EOF",
		"1in x":         "1 in x NL EOF",
		"1is x":         "1 is x NL EOF",
		"1not in x":     "1 not in x NL EOF",
		"0o7else":       "0o7 else NL EOF",
		"x[1:2]":        "x [ 1 : 2 ] NL EOF",
		"1..real":       "1. . real NL EOF",
		"1 .real":       "1 . real NL EOF",
		"a.b.c":         "a . b . c NL EOF",
		"x=.5+1.e3-2e1": "x = .5 + 1.e3 - 2e1 NL EOF",
	} {
		require.Equal(t, want, lexRender(t, src), src)
	}
	toks := lex(t, "1.e3 .5 1")
	require.Equal(t, []tokenType{Float, Float, Int}, []tokenType{toks[0].Type, toks[1].Type, toks[2].Type})
}
